using System.Text;

namespace GuidanceBot.Dialogs.Engine.Recognizers;

/// <summary>Lower case, single spaces, no punctuation at the edges of words: the form recognizers compare.</summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '\'')
            {
                if (pendingSpace && result.Length > 0)
                {
                    result.Append(' ');
                }

                pendingSpace = false;
                result.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return result.ToString().Trim('-', '\'');
    }

    public static string[] Words(string normalized) =>
        normalized.Length == 0 ? [] : normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
