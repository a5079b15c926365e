using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Knowledge.Validation;

/// <summary>One id written somewhere in the content (an item's basedOn, a rule's items...), checked to exist.</summary>
public sealed record Reference(ReferenceTarget Target, string Id, SourceLocation Location, string From, GuidanceSection? Section = null);
