namespace GuidanceBot.Knowledge.Interpretation;

/// <summary>
/// The words of the description that led to a value, exactly as written: <see cref="Text"/> is the substring of
/// the input at <see cref="Start"/> (UTF-16 offset) of <see cref="Length"/> characters.
/// </summary>
public sealed record Trigger(string Text, int Start, int Length);
