namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// A kind of free question ("how do I…", "what is…", "can refugees… in Jordan") recognised by its cue phrases, and
/// the item kinds that answer it best (advice and actions for how-to questions, definitions for what-is ones) and
/// those that rarely do (a definition does not say how to do something).
/// <see cref="NeedsCountry"/> kinds count only when the question names a country.
/// </summary>
public sealed record QuestionKind(
    string Id,
    IReadOnlyList<string> Cues,
    IReadOnlyList<string> Prefer,
    IReadOnlyList<string> Avoid,
    bool NeedsCountry,
    SourceLocation Location);
