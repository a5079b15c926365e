namespace GuidanceBot.Tests.TeamsApp;

/// <summary>One run of the Node validator: its exit code, which package validated, and one report per manifest.</summary>
public sealed record ValidationRun(int ExitCode, string Validator, IReadOnlyList<ManifestReport> Reports);
