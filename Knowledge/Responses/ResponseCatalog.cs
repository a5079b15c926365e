namespace GuidanceBot.Knowledge.Responses;

/// <summary>
/// Every sentence the bot says, by key, from <c>Content/responses.yml</c>, plus the words that trigger its global
/// commands. A key may hold variants; <see cref="Get(string)"/> returns the first so tests stay deterministic, and
/// <see cref="Pick"/> lets the caller choose (e.g. at random). <c>{name}</c> placeholders are filled on request.
/// Read from files by <c>KnowledgeLoader</c>, which also loads one responses file on its own.
/// </summary>
public sealed class ResponseCatalog
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _texts;

    public ResponseCatalog(IReadOnlyDictionary<string, string> texts)
        : this(texts.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)[pair.Value], StringComparer.Ordinal), new Dictionary<string, IReadOnlyList<string>>())
    {
    }

    public ResponseCatalog(
        IReadOnlyDictionary<string, IReadOnlyList<string>> texts,
        IReadOnlyDictionary<string, IReadOnlyList<string>> commands)
    {
        _texts = texts;
        Commands = commands;
    }

    /// <summary>Command name (help, restart, start, cancel, change, deleteData) → trigger words.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Commands { get; }

    public IEnumerable<string> Keys => _texts.Keys;

    public bool Contains(string key) => _texts.ContainsKey(key);

    public IReadOnlyList<string> Variants(string key) =>
        _texts.TryGetValue(key, out var variants) ? variants : throw new KeyNotFoundException($"No response text with key '{key}'.");

    public string Get(string key) => Variants(key)[0];

    public string Get(string key, IReadOnlyDictionary<string, string> values) => Fill(Get(key), values);

    /// <summary>One variant chosen by <paramref name="choose"/> (given the number of variants, returns an index).</summary>
    public string Pick(string key, Func<int, int> choose, IReadOnlyDictionary<string, string>? values = null)
    {
        var variants = Variants(key);
        var text = variants[Math.Clamp(choose(variants.Count), 0, variants.Count - 1)];
        return values is null ? text : Fill(text, values);
    }

    public static string Fill(string text, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }
}
