namespace GuidanceBot.Tests.TeamsApp;

/// <summary>One validator error: <c>schema</c>, <c>rule</c> or <c>json</c>, the JSON pointer it concerns, and why.</summary>
public sealed record ManifestError(string Source, string Path, string Message)
{
    public override string ToString() => $"{Source} {Path}: {Message}";
}
