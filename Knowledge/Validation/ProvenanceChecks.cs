using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Knowledge.Validation;

/// <summary>
/// Keeps our own reading apart from the study's word. Pitfalls, advice and actions are this knowledge base's
/// translation of the study into practice, so the rule is mechanical: they name the study items they rest on in
/// basedOn, carry a B ("based on the study") or AUTH source, and never R or S, which would claim the study says it.
/// </summary>
public static class ProvenanceChecks
{
    /// <summary>Kinds that are always our reading of the study, never its own statements.</summary>
    public static readonly IReadOnlyList<string> DerivedKinds = [ItemKinds.Pitfall, ItemKinds.Advice, ItemKinds.Action];

    public static void Check(IEnumerable<KnowledgeItem> items, ValidationReport report)
    {
        foreach (var item in items.Where(item => DerivedKinds.Contains(item.Kind)))
        {
            if (item.BasedOn.Count == 0)
            {
                report.Error(item.Location, $"{item.Kind} '{item.Id}' is our reading of the study, so it needs basedOn: the study items it rests on.");
            }

            if (item.Sources.Any(source => EvidenceTags.IsStudysOwn(source.Evidence)))
            {
                report.Error(item.Location, $"{item.Kind} '{item.Id}' cites the study as stating it (R or S), but a {item.Kind} is our reading of the study; use {{ evidence: B }} (based on the study items in basedOn) or AUTH.");
            }

            if (!item.Sources.Any(source => EvidenceTags.StandsAlone(source.Evidence)))
            {
                report.Error(item.Location, $"{item.Kind} '{item.Id}' needs a source {{ evidence: B }} (based on the study items in basedOn) or {{ evidence: AUTH }}, so the bot shows it as our reading.");
            }
        }
    }
}
