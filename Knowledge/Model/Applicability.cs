using GuidanceBot.Knowledge.Context;

namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// Slot conditions (slot id → allowed values). A context matches when, for every slot listed, it holds one of the
/// values; a slot the user has not answered never contradicts (so missing answers widen, not narrow).
/// </summary>
public sealed record Applicability(IReadOnlyDictionary<string, IReadOnlyList<string>> Slots)
{
    public static readonly Applicability Everywhere = new(new Dictionary<string, IReadOnlyList<string>>());

    public bool IsEverywhere => Slots.Count == 0;

    /// <summary>True unless an answered slot holds none of the listed values.</summary>
    public bool AllowedIn(GuidanceContext context)
    {
        foreach (var (slot, values) in Slots)
        {
            var answered = context.Values(slot);
            if (answered.Count > 0 && !answered.Any(values.Contains))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when every listed slot is answered with one of the listed values (rules use this).</summary>
    public bool HoldsIn(GuidanceContext context)
    {
        foreach (var (slot, values) in Slots)
        {
            if (!context.Values(slot).Any(values.Contains))
            {
                return false;
            }
        }

        return true;
    }
}
