using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Knowledge.Validation;

/// <summary>A source entry as written, before the validator resolves its document and default evidence tag.</summary>
public sealed record RawCitation(string? Document, string? Section, string? Url, string? Evidence, SourceLocation Location);
