namespace GuidanceBot.Knowledge.Context;

/// <summary>
/// The context slots and their values (architecture.md §1). These ids are a contract shared by the API, the content
/// files and the tests, so they live in code; the validator checks the content against them.
/// </summary>
public static class Slots
{
    public const string Membership = "membership";
    public const string LegalEnvironment = "legalEnvironment";
    public const string Stage = "stage";
    public const string Needs = "needs";
    public const string Role = "role";
    public const string CooperativeType = "cooperativeType";
    public const string Phase = "phase";
    public const string Displacement = "displacement";

    public static readonly IReadOnlyList<SlotDefinition> All =
    [
        new(Membership, ["host", "displaced", "mixed", "returnee"]),
        new(LegalEnvironment, ["can-form", "can-join", "informal-only", "unknown"]),
        new(Stage, ["new", "existing"]),
        new(Needs, ["livelihoods", "goods-services", "finance", "skills", "social-cohesion", "women", "health"], Multiple: true),
        new(Role, ["international", "ngo", "government", "federation", "cooperative"]),

        // The crisis phase: asked only when it changes which pathway leads (recovery = after return).
        new(Phase, ["emergency", "protracted", "recovery"], Optional: true),
        new(CooperativeType, ["consumer", "worker", "producer", "multi-stakeholder", "not-sure"], Optional: true),

        // Across a border (refugees, asylum seekers) or inside their own country (IDPs, who are citizens under
        // another law); read from descriptions, never asked, it adds the caveat for IDPs.
        new(Displacement, ["cross-border", "internal"], Optional: true),
    ];

    /// <summary>The pathway ids, in the study's order.</summary>
    public static readonly IReadOnlyList<string> Pathways = ["P1", "P2", "P3", "P4", "P5", "P6", "P7"];

    public static SlotDefinition? Find(string slot) => All.FirstOrDefault(definition => definition.Id == slot);

    public static bool IsValue(string slot, string value) => Find(slot)?.Values.Contains(value) == true;
}
