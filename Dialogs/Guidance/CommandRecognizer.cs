using System.Runtime.CompilerServices;
using GuidanceBot.Dialogs.Engine.Recognizers;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// Finds a global command in typed text: the whole text is a trigger word, or, for commands that take an
/// argument, the text starts with one ("change the legal environment"). Pure; longest trigger wins.
/// </summary>
public static class CommandRecognizer
{
    public static RecognizedCommand? Recognize(string? text, IReadOnlyDictionary<string, IReadOnlyList<string>> commands)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            // Punctuation-only triggers ("?") vanish in normalisation; compare those as typed.
            var typed = text?.Trim() ?? "";
            foreach (var (command, words) in commands)
            {
                if (typed.Length > 0 && words.Any(word => string.Equals(word.Trim(), typed, StringComparison.Ordinal)))
                {
                    return new RecognizedCommand(command, "");
                }
            }

            return null;
        }

        RecognizedCommand? best = null;
        var bestLength = 0;
        foreach (var (command, trigger) in Triggers(commands))
        {
            if (trigger.Length <= bestLength || trigger.Length == 0)
            {
                continue;
            }

            if (normalized == trigger)
            {
                best = new RecognizedCommand(command, "");
                bestLength = trigger.Length;
            }
            else if (Commands.TakeArgument.Contains(command) && normalized.StartsWith(trigger + " ", StringComparison.Ordinal))
            {
                best = new RecognizedCommand(command, normalized[(trigger.Length + 1)..]);
                bestLength = trigger.Length;
            }
        }

        return best;
    }

    private static readonly ConditionalWeakTable<IReadOnlyDictionary<string, IReadOnlyList<string>>, (string Command, string Trigger)[]> Normalized = [];

    /// <summary>Every trigger word in normalised form, computed once per content snapshot's command table.</summary>
    private static (string Command, string Trigger)[] Triggers(IReadOnlyDictionary<string, IReadOnlyList<string>> commands) =>
        Normalized.GetValue(commands, static table =>
            [.. table.SelectMany(pair => pair.Value.Select(word => (pair.Key, TextNormalizer.Normalize(word))))]);
}

/// <summary>A command and what followed its trigger word (empty when nothing did).</summary>
public sealed record RecognizedCommand(string Name, string Argument);
