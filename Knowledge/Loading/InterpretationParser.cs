using System.Text.RegularExpressions;
using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Text;
using GuidanceBot.Knowledge.Validation;
using YamlDotNet.RepresentationModel;

namespace GuidanceBot.Knowledge.Loading;

/// <summary>
/// Reads one entry of an <c>interpretation:</c> list: the phrases and words for reading free-text descriptions in
/// one language. Slots, values and phrase syntax are checked here, at their line; cross-checks against the
/// questions are in <see cref="InterpretationChecks"/>.
/// </summary>
public static partial class InterpretationParser
{
    private static readonly string[] Fields =
    [
        "locale", "fallback", "questionSynonyms", "gapWords", "negations",
        "notNegations", "clauseBreaks", "vagueSynonyms", "combine", "phrases", "notSignals",
    ];

    public static void Parse(YamlMappingReader reader, ContentSet content, ValidationReport report)
    {
        reader.OnlyFields(Fields);
        var locale = reader.String("locale");
        reader.What = locale is null ? "an interpretation block" : $"the interpretation for '{locale}'";
        if (locale is not null && !LocaleTag().IsMatch(locale))
        {
            reader.Error(reader.At(reader.Node("locale")!), $"'{locale}' is not a locale; write a language tag such as en, fr or es-CO.");
            locale = null;
        }

        var gapWords = Bounded(reader, "gapWords", 1, 20) ?? InterpretationLanguage.DefaultGapWords;
        var language = new InterpretationLanguage
        {
            Locale = locale ?? "",
            Fallback = reader.Boolean("fallback"),
            QuestionSynonyms = reader.Boolean("questionSynonyms"),
            GapWords = gapWords,
            Negations = Negations(reader),
            NotNegations = [.. reader.StringList("notNegations").Select(entry => Pattern(reader, entry.Value, entry.Location)).OfType<PhrasePattern>()],
            ClauseBreaks = SingleWords(reader, "clauseBreaks"),
            VagueSynonyms = VagueSynonyms(reader),
            Combinations = Combinations(reader),
            Phrases = Phrases(reader, report),
            NotSignals = NotSignals(reader),
            Location = reader.Location,
        };
        if (locale is not null)
        {
            content.InterpretationLanguages.Add(language);
        }
    }

    private static List<NegationGroup> Negations(YamlMappingReader reader)
    {
        var groups = new List<NegationGroup>();
        foreach (var group in reader.Mappings("negations", "a group of negation words", required: false))
        {
            group.What = $"a group of negations of {reader.What}";
            group.OnlyFields("words", "slots", "window");
            var words = SingleWords(group, "words");
            var slots = group.StringList("slots", required: true).Where(slot => KnownSlot(group, slot.Value, slot.Location)).Select(slot => slot.Value).ToList();
            if (words.Count == 0)
            {
                group.Error(group.Location, $"{group.What} has no words; list them as words: [not, never].");
            }

            groups.Add(new NegationGroup(words, slots, Bounded(group, "window", 1, 10) ?? NegationGroup.DefaultWindow, group.Location));
        }

        return groups;
    }

    private static List<VagueSynonym> VagueSynonyms(YamlMappingReader reader)
    {
        var vague = new List<VagueSynonym>();
        foreach (var (slot, node, location) in reader.Entries("vagueSynonyms"))
        {
            if (KnownSlot(reader, slot, location))
            {
                vague.AddRange(reader.StringList(node, slot).Select(entry => new VagueSynonym(slot, entry.Value, entry.Location)));
            }
        }

        return vague;
    }

    private static List<SlotCombination> Combinations(YamlMappingReader reader)
    {
        var combinations = new List<SlotCombination>();
        foreach (var combination in reader.Mappings("combine", "a combination", required: false))
        {
            combination.What = $"a combination of {reader.What}";
            combination.OnlyFields("slot", "values", "means");
            var slot = combination.String("slot");
            var values = combination.StringList("values", required: true);
            var means = combination.String("means");
            if (slot is null || means is null || !KnownSlot(combination, slot, combination.At(combination.Node("slot")!)))
            {
                continue;
            }

            if (Slots.Find(slot)!.Multiple)
            {
                combination.Error(combination.Location, $"'{slot}' holds several answers, so its values never need combining; combine only one-answer slots.");
                continue;
            }

            var known = values.All(value => KnownValue(combination, slot, value.Value, value.Location))
                & KnownValue(combination, slot, means, combination.At(combination.Node("means")!));
            if (values.Count < 2)
            {
                combination.Error(combination.Location, "a combination needs at least two values, e.g. values: [host, displaced].");
            }
            else if (known)
            {
                combinations.Add(new SlotCombination(slot, [.. values.Select(value => value.Value)], means, combination.Location));
            }
        }

        return combinations;
    }

    private static List<InterpretationPhrase> Phrases(YamlMappingReader reader, ValidationReport report)
    {
        var phrases = new List<InterpretationPhrase>();
        foreach (var (slot, node, location) in reader.Entries("phrases"))
        {
            if (!KnownSlot(reader, slot, location) || YamlMappingReader.AsMapping(location.File, node, $"the phrases for '{slot}'", report) is not { } mapping)
            {
                continue;
            }

            var values = new YamlMappingReader(location.File, mapping, $"{reader.What} (phrases for '{slot}')", report);
            foreach (var (value, list, valueLocation) in Values(values))
            {
                if (!KnownValue(values, slot, value, valueLocation))
                {
                    continue;
                }

                foreach (var (text, textLocation) in values.StringList(list, value))
                {
                    if (Pattern(values, text, textLocation) is { } pattern)
                    {
                        phrases.Add(new InterpretationPhrase(slot, value, pattern, textLocation));
                    }
                }
            }
        }

        return phrases;
    }

    private static List<NotSignal> NotSignals(YamlMappingReader reader)
    {
        var notSignals = new List<NotSignal>();
        foreach (var (slot, node, location) in reader.Entries("notSignals"))
        {
            if (KnownSlot(reader, slot, location))
            {
                foreach (var (text, textLocation) in reader.StringList(node, slot))
                {
                    if (Pattern(reader, text, textLocation) is { } pattern)
                    {
                        notSignals.Add(new NotSignal(slot, pattern, textLocation));
                    }
                }
            }
        }

        return notSignals;
    }

    private static IEnumerable<(string Value, YamlNode List, SourceLocation Location)> Values(YamlMappingReader values) =>
        values.Mapping.Children.Select(pair => (((YamlScalarNode)pair.Key).Value ?? "", pair.Value, values.At(pair.Key)));

    private static PhrasePattern? Pattern(YamlMappingReader reader, string text, SourceLocation location)
    {
        if (PhrasePattern.TryParse(text, out var pattern, out var error))
        {
            return pattern;
        }

        reader.Error(location, $"{reader.What}: the phrase \"{text}\" cannot be read: {error}");
        return null;
    }

    private static List<string> SingleWords(YamlMappingReader reader, string key)
    {
        var words = new List<string>();
        foreach (var (text, location) in reader.StringList(key))
        {
            var split = TextTokenizer.Words(text);
            if (split.Count == 1)
            {
                words.Add(split[0]);
            }
            else
            {
                reader.Error(location, $"{reader.What}: '{text}' in '{key}' should be one word.");
            }
        }

        return words;
    }

    private static int? Bounded(YamlMappingReader reader, string key, int min, int max)
    {
        var value = reader.Integer(key);
        if (value is not null && (value < min || value > max))
        {
            reader.Error(reader.At(reader.Node(key)!), $"{reader.What}: '{key}' should be between {min} and {max}, not {value}.");
            return null;
        }

        return value;
    }

    private static bool KnownSlot(YamlMappingReader reader, string slot, SourceLocation location)
    {
        if (Slots.Find(slot) is not null)
        {
            return true;
        }

        var hint = Spelling.Closest(slot, Slots.All.Select(s => s.Id));
        reader.Error(location, $"{reader.What}: '{slot}' is not a known slot" + (hint is null ? $"; slots are: {string.Join(", ", Slots.All.Select(s => s.Id))}." : $"; did you mean '{hint}'?"));
        return false;
    }

    private static bool KnownValue(YamlMappingReader reader, string slot, string value, SourceLocation location)
    {
        var definition = Slots.Find(slot)!;
        if (definition.Values.Contains(value))
        {
            return true;
        }

        var hint = Spelling.Closest(value, definition.Values);
        reader.Error(location, $"{reader.What}: '{value}' is not a value of slot '{slot}'" + (hint is null ? $"; its values are: {string.Join(", ", definition.Values)}." : $"; did you mean '{hint}'?"));
        return false;
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LocaleTag();
}
