namespace GuidanceBot.Knowledge.Model;

/// <summary>The evidence tags of the study fact sheet (facts.md §0.3): how close a statement is to the study.</summary>
public static class EvidenceTags
{
    /// <summary>Stated by the study itself (its executive summary, publication page or front matter).</summary>
    public const string Report = "R";

    /// <summary>Stated in the ILO slides presenting the study.</summary>
    public const string Slides = "S";

    /// <summary>From ILO dissemination of the study; not verified as the study's content.</summary>
    public const string Dissemination = "D";

    /// <summary>External or related context; not from the study.</summary>
    public const string External = "X";

    /// <summary>A reading added by this knowledge base; no source states it.</summary>
    public const string Authored = "AUTH";

    public static readonly IReadOnlyList<string> All = [Report, Slides, Dissemination, External, Authored];

    /// <summary>Tags whose statements come from outside the study and therefore must name a URL.</summary>
    public static bool NeedsUrl(string tag) => tag is Dissemination or External;
}
