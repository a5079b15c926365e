namespace GuidanceBot.Knowledge.Model;

/// <summary>The kinds of knowledge item; the content README explains each one to editors.</summary>
public static class ItemKinds
{
    public const string Study = "study";
    public const string Definition = "definition";
    public const string Figure = "figure";
    public const string CooperativeType = "cooperative-type";
    public const string MembershipStructure = "membership-structure";
    public const string Pathway = "pathway";
    public const string Role = "role";
    public const string Benefit = "benefit";
    public const string Characteristic = "characteristic";
    public const string OperationalPriority = "operational-priority";
    public const string Insight = "insight";
    public const string InternationalRole = "international-role";
    public const string Challenge = "challenge";
    public const string Lesson = "lesson";
    public const string NextStep = "next-step";
    public const string SlidePoint = "slide-point";
    public const string Example = "example";
    public const string LegalNote = "legal-note";
    public const string Pitfall = "pitfall";
    public const string Advice = "advice";
    public const string Action = "action";

    public static readonly IReadOnlyList<string> All =
    [
        Study, Definition, Figure, CooperativeType, MembershipStructure, Pathway, Role, Benefit, Characteristic,
        OperationalPriority, Insight, InternationalRole, Challenge, Lesson, NextStep, SlidePoint, Example,
        LegalNote, Pitfall, Advice, Action,
    ];

    /// <summary>Kinds that only appear when a rule names them, so one that no rule names is never shown.</summary>
    public static readonly IReadOnlyList<string> ShownOnlyByRules = [Pitfall, Advice, Action];
}
