namespace GuidanceBot.Knowledge.Model;

/// <summary>The questions by slot, in the order they are written, with option lookups for dialogs and reasons.</summary>
public sealed class QuestionCatalog
{
    private readonly Dictionary<string, Question> _bySlot;

    public QuestionCatalog(IEnumerable<Question> questions)
    {
        All = [.. questions];
        _bySlot = All.ToDictionary(question => question.Slot, StringComparer.Ordinal);
    }

    public IReadOnlyList<Question> All { get; }

    public Question Get(string slot) =>
        _bySlot.TryGetValue(slot, out var question) ? question : throw new KeyNotFoundException($"No question for slot '{slot}'.");

    public AnswerOption Option(string slot, string value) =>
        Get(slot).Option(value) ?? throw new KeyNotFoundException($"Slot '{slot}' has no option '{value}'.");

    /// <summary>The option whose value, label or synonym equals <paramref name="text"/> (ignoring case and outer spaces).</summary>
    public AnswerOption? Match(string slot, string text)
    {
        var wanted = text.Trim();
        return Get(slot).Options.FirstOrDefault(option =>
            string.Equals(option.Value, wanted, StringComparison.OrdinalIgnoreCase)
            || string.Equals(option.Label, wanted, StringComparison.OrdinalIgnoreCase)
            || option.Synonyms.Any(synonym => string.Equals(synonym, wanted, StringComparison.OrdinalIgnoreCase)));
    }
}
