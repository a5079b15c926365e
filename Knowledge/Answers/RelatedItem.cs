namespace GuidanceBot.Knowledge.Answers;

/// <summary>An item near the question that the answer did not use, shown as one line to ask about next.</summary>
public sealed record RelatedItem(string Id, string Kind, string Title, string Summary);
