using GuidanceBot.Dialogs.Engine.Recognizers;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// What the bot can offer at the end of a reply, so that a bare "yes" or "ok" takes it and "no" or "not now" declines
/// it. Only things that change nothing the user has given are offered: starting (or carrying on with) the questions,
/// the examples and the what-if after the guidance. Forgetting data or starting over are never taken on a "yes".
/// </summary>
public static class Offers
{
    /// <summary>Start the questions, or carry on with those still unanswered (greeting, welcome, not understood).</summary>
    public const string Start = "start";

    /// <summary>Show the examples for the guidance just shown.</summary>
    public const string Examples = "examples";

    /// <summary>Show what changes if one answer were different (after the examples).</summary>
    public const string WhatIf = "whatIf";

    /// <summary>Longer replies are read as descriptions or questions, never as a yes or a no.</summary>
    private const int MaxWords = 4;

    /// <summary>
    /// A short yes or no to a pending offer, in other words or with a typo ("yess please", "ok sure"), by the accept
    /// and decline trigger words of the command table; null when the text is neither (or both).
    /// </summary>
    public static bool? Reply(string? text, IReadOnlyDictionary<string, IReadOnlyList<string>> commands)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0 || TextNormalizer.Words(normalized).Length > MaxWords
            || !commands.TryGetValue(Commands.Accept, out var yes) || !commands.TryGetValue(Commands.Decline, out var no))
        {
            return null;
        }

        var found = ConfirmRecognizer.Recognize(normalized, new ConfirmWords(yes, no));
        return found.Succeeded ? found.Value : null;
    }
}
