using GuidanceBot.Knowledge.Text;

namespace GuidanceBot.Dialogs.Engine.Recognizers;

/// <summary>
/// The form recognizers compare: the words of the text (split as the description reader splits them), lower-cased,
/// joined by single spaces.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : string.Join(' ', TextTokenizer.Words(text));

    public static string[] Words(string normalized) =>
        normalized.Length == 0 ? [] : normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
