namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// The evidence tags of the study fact sheet (facts.md §0.3), plus <see cref="Based"/> for this knowledge base's own
/// reading of the study: how close a statement is to the study.
/// </summary>
public static class EvidenceTags
{
    /// <summary>Stated by the study itself (its executive summary or publication page).</summary>
    public const string Report = "R";

    /// <summary>Stated in the ILO slides presenting the study.</summary>
    public const string Slides = "S";

    /// <summary>From ILO dissemination of the study; not verified as the study's content.</summary>
    public const string Dissemination = "D";

    /// <summary>External or related context; not from the study.</summary>
    public const string External = "X";

    /// <summary>A reading added by this knowledge base; no source states it.</summary>
    public const string Authored = "AUTH";

    /// <summary>
    /// Based on the study: our reading (a pitfall, advice, action) resting on the study items named in basedOn. The
    /// sections it cites are those of the basedOn items, so it never claims a sentence the study does not contain.
    /// </summary>
    public const string Based = "B";

    public static readonly IReadOnlyList<string> All = [Report, Slides, Dissemination, External, Authored, Based];

    /// <summary>Tags whose statements come from outside the study and therefore must name a URL.</summary>
    public static bool NeedsUrl(string tag) => tag is Dissemination or External;

    /// <summary>Tags that say the study (or its slides) states this very statement.</summary>
    public static bool IsStudysOwn(string tag) => tag is Report or Slides;

    /// <summary>Tags that need no document or web page: our own reading, or one whose sections come from basedOn.</summary>
    public static bool StandsAlone(string tag) => tag is Authored or Based;
}
