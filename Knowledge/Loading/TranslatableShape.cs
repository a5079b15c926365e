namespace GuidanceBot.Knowledge.Loading;

/// <summary>
/// Which fields of one kind of content entry a translation may give: texts are replaced one by one (and keep their
/// placeholders), lists of words are replaced whole (a language's own synonyms, not word-for-word ones), text maps
/// are replaced entry by entry (a rule's why per pathway), and nested lists are matched by key or by position.
/// Everything else (ids, conditions, weights, sources) stays the source file's.
/// </summary>
public sealed record TranslatableShape(
    string Key,
    string[] Texts,
    string[] Lists,
    string[]? TextMaps = null,
    IReadOnlyDictionary<string, TranslatableShape>? KeyedLists = null,
    IReadOnlyDictionary<string, TranslatableShape>? PositionalLists = null)
{
    public string[] TextMapFields => TextMaps ?? [];

    public IReadOnlyDictionary<string, TranslatableShape> Keyed => KeyedLists ?? Empty;

    public IReadOnlyDictionary<string, TranslatableShape> Positional => PositionalLists ?? Empty;

    public bool Allows(string field) =>
        Texts.Contains(field) || Lists.Contains(field) || TextMapFields.Contains(field) || Keyed.ContainsKey(field) || Positional.ContainsKey(field);

    private static readonly Dictionary<string, TranslatableShape> Empty = [];

    /// <summary>The translatable parts of a content file whose entries carry an id (or slot), by part name.</summary>
    public static readonly IReadOnlyDictionary<string, TranslatableShape> KeyedParts = new Dictionary<string, TranslatableShape>
    {
        ["items"] = new("id", ["title", "summary", "details"], ["tags"]),
        ["questions"] = new(
            "slot",
            ["name", "prompt", "help", "sharpens"],
            ["names"],
            KeyedLists: new Dictionary<string, TranslatableShape> { ["options"] = new("value", ["label", "answer", "help"], ["synonyms"]) },
            PositionalLists: new Dictionary<string, TranslatableShape> { ["framings"] = new("", ["prompt", "help"], [], ["answers"]) }),
        ["rules"] = new("id", ["reason"], [], ["why"]),
        ["countries"] = new("id", ["name"], ["names", "places"]),
        ["questionKinds"] = new("id", [], ["cues"]),
    };

    /// <summary>Parts that are maps of name to text or list (responses) or to a list of words (commands).</summary>
    public static readonly IReadOnlyDictionary<string, bool> MapParts = new Dictionary<string, bool>
    {
        ["responses"] = true,
        ["commands"] = false,
        ["countryWords"] = false,
    };

    /// <summary>Parts a language writes for itself rather than translates: its synonym groups and its reading of descriptions.</summary>
    public static readonly string[] OwnParts = ["synonyms", "interpretation"];
}
