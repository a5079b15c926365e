namespace GuidanceBot.Knowledge.Recommendations;

/// <summary>An item that appears ("added") or disappears ("removed") in one part of the guidance, with the reasons why.</summary>
public sealed record ItemChange(string Section, string Id, string Title, string Change, IReadOnlyList<GuidanceReason> Why)
{
    public const string Added = "added";
    public const string Removed = "removed";
}
