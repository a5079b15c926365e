using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Knowledge.Search;

/// <summary>One item found for a question: what it is, the sentence that best answers, and where it comes from.</summary>
public sealed record SearchHit(string Id, string Kind, string Title, string Snippet, IReadOnlyList<Citation> Sources, float Score);
