namespace GuidanceBot.Knowledge.Context;

/// <summary>One slot of the context contract: its id, the values it accepts, and whether it holds several.</summary>
public sealed record SlotDefinition(string Id, IReadOnlyList<string> Values, bool Multiple = false, bool Optional = false);
