namespace GuidanceBot.Bot;

/// <summary>The "Bot" section: limits of the HTTP surface.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Bodies above this are refused with 413 before any parsing (protocol.md §7).</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
