using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>
/// Numbers a card's sources in the order they are first cited, so the same document and section is listed once at
/// the end and every item refers to it as [1], [2] instead of repeating it in full.
/// </summary>
public sealed class SourceList(ResponseCatalog responses)
{
    private readonly List<string> _sources = [];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    /// <summary>Each source as <see cref="Citations.Describe(Citation, ResponseCatalog)"/> words it; source n is at index n - 1.</summary>
    public IReadOnlyList<string> Sources => _sources;

    /// <summary>"[1, 3]" for these citations (numbering those not seen yet), or "" when there are none.</summary>
    public string Cite(IEnumerable<Citation> citations)
    {
        var numbers = new SortedSet<int>();
        foreach (var citation in citations)
        {
            var source = Citations.Describe(citation, responses);
            if (source.Length == 0)
            {
                continue;
            }

            if (!_numbers.TryGetValue(source, out var number))
            {
                _sources.Add(source);
                number = _sources.Count;
                _numbers[source] = number;
            }

            numbers.Add(number);
        }

        return numbers.Count == 0 ? "" : $"[{string.Join(", ", numbers)}]";
    }
}
