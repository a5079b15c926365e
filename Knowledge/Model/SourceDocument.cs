namespace GuidanceBot.Knowledge.Model;

/// <summary>A document items cite by id (study/sources.yml), with its default evidence tag.</summary>
public sealed record SourceDocument(string Id, string Title, string? Url, string Evidence, SourceLocation Location);
