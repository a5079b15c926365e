namespace GuidanceBot.Knowledge.Model;

/// <summary>The parts of a guidance answer a rule can add items to, and which item kinds each part accepts.</summary>
public enum GuidanceSection
{
    Roles,
    Insights,
    Pitfalls,
    Advice,
    Examples,
    NextSteps,
}
