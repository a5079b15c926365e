namespace GuidanceBot.Tests.Architecture;

/// <summary>One folder using another, and where: the file and the name that shows it.</summary>
public sealed record FolderUse(string From, string To, string Where);
