namespace GuidanceBot.Knowledge.Model;

/// <summary>How each <see cref="GuidanceSection"/> is spelt in recommendations.yml and which item kinds it takes.</summary>
public static class GuidanceSections
{
    public static readonly IReadOnlyList<GuidanceSection> All = Enum.GetValues<GuidanceSection>();

    public static string Key(GuidanceSection section) => section switch
    {
        GuidanceSection.Roles => "roles",
        GuidanceSection.Insights => "insights",
        GuidanceSection.Pitfalls => "pitfalls",
        GuidanceSection.Advice => "advice",
        GuidanceSection.Examples => "examples",
        GuidanceSection.NextSteps => "nextSteps",
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    public static IReadOnlyList<string> Kinds(GuidanceSection section) => section switch
    {
        GuidanceSection.Roles => [ItemKinds.Role, ItemKinds.Benefit],
        GuidanceSection.Insights =>
        [
            ItemKinds.Characteristic, ItemKinds.OperationalPriority, ItemKinds.Insight, ItemKinds.Lesson, ItemKinds.Benefit,
            ItemKinds.Definition, ItemKinds.LegalNote, ItemKinds.InternationalRole, ItemKinds.SlidePoint, ItemKinds.Challenge,
            ItemKinds.CooperativeType, ItemKinds.MembershipStructure,
        ],
        GuidanceSection.Pitfalls => [ItemKinds.Pitfall],
        GuidanceSection.Advice => [ItemKinds.Advice],
        GuidanceSection.Examples => [ItemKinds.Example],
        GuidanceSection.NextSteps => [ItemKinds.Action, ItemKinds.NextStep],
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };
}
