using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Validation;

namespace GuidanceBot.Knowledge.Loading;

/// <summary>Reads a block of slot conditions (an item's <c>appliesTo</c>, a rule's <c>when</c>), checking slots and values.</summary>
public static class ApplicabilityParser
{
    public static Applicability Parse(YamlMappingReader reader, string key, ContentSet content)
    {
        var slots = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (slot, node, location) in reader.Entries(key))
        {
            var definition = Slots.Find(slot);
            if (definition is null)
            {
                var hint = Spelling.Closest(slot, Slots.All.Select(s => s.Id));
                reader.Error(location, $"{reader.What}: '{key}' names an unknown slot '{slot}'" + (hint is null ? $"; slots are: {string.Join(", ", Slots.All.Select(s => s.Id))}." : $"; did you mean '{hint}'?"));
                continue;
            }

            var values = new List<string>();
            foreach (var (value, valueLocation) in reader.StringList(node, $"{key}.{slot}"))
            {
                if (!definition.Values.Contains(value))
                {
                    var hint = Spelling.Closest(value, definition.Values);
                    reader.Error(valueLocation, $"{reader.What}: '{value}' is not a value of slot '{slot}'" + (hint is null ? $"; its values are: {string.Join(", ", definition.Values)}." : $"; did you mean '{hint}'?"));
                    continue;
                }

                values.Add(value);
            }

            if (values.Count > 0)
            {
                slots[slot] = values;
            }
        }

        return slots.Count == 0 ? Applicability.Everywhere : new Applicability(slots);
    }
}
