using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Knowledge.Validation;

/// <summary>
/// Cross-checks the <c>interpretation:</c> blocks against each other and the questions: one block per locale and
/// exactly one fallback; vague synonyms really are synonyms of that slot's question; and no phrase means two
/// values of one slot in the same language (counting the question synonyms the block uses).
/// </summary>
public static class InterpretationChecks
{
    private static readonly SourceLocation Folder = new("(content folder)", 1);

    public static void Check(ContentSet content, ValidationReport report)
    {
        if (content.InterpretationLanguages.Count == 0)
        {
            report.Error(Folder, "there is no interpretation: block, so descriptions cannot be read; add one in guidance/interpretation.yml.");
            return;
        }

        var seen = new Dictionary<string, InterpretationLanguage>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in content.InterpretationLanguages)
        {
            if (!seen.TryAdd(language.Locale, language))
            {
                report.Error(language.Location, $"there are two interpretation blocks for '{language.Locale}'; the other is at {seen[language.Locale].Location}.");
            }

            CheckVagueSynonyms(content, language, report);
            CheckPhrasesMeanOneValue(content, language, report);
        }

        var fallbacks = content.InterpretationLanguages.Where(language => language.Fallback).ToList();
        if (fallbacks.Count == 0)
        {
            report.Error(content.InterpretationLanguages[0].Location, "no interpretation block says \"fallback: true\"; mark the one to use for locales without their own block.");
        }

        foreach (var extra in fallbacks.Skip(1))
        {
            report.Error(extra.Location, $"only one interpretation block may say \"fallback: true\"; '{fallbacks[0].Locale}' at {fallbacks[0].Location} already does.");
        }
    }

    private static void CheckVagueSynonyms(ContentSet content, InterpretationLanguage language, ValidationReport report)
    {
        if (!language.QuestionSynonyms && language.VagueSynonyms.Count > 0)
        {
            report.Error(language.VagueSynonyms[0].Location, $"the interpretation for '{language.Locale}' lists vague synonyms but does not use the question synonyms; add \"questionSynonyms: true\" or remove vagueSynonyms.");
            return;
        }

        foreach (var vague in language.VagueSynonyms)
        {
            var synonyms = content.Questions.Where(question => question.Slot == vague.Slot).SelectMany(question => question.Options).SelectMany(option => option.Synonyms).ToList();
            if (!synonyms.Contains(vague.Word, StringComparer.OrdinalIgnoreCase))
            {
                var hint = Spelling.Closest(vague.Word, synonyms);
                report.Error(vague.Location, $"'{vague.Word}' is not a synonym of any option of the question for '{vague.Slot}'" + (hint is null ? "; list only words from its options' synonyms." : $"; did you mean '{hint}'?"));
            }
        }
    }

    private static void CheckPhrasesMeanOneValue(ContentSet content, InterpretationLanguage language, ValidationReport report)
    {
        var owners = new Dictionary<(string Slot, string Phrase), (string Value, SourceLocation Location)>();
        foreach (var phrase in language.Signals(content.Questions))
        {
            var key = (phrase.Slot, phrase.Pattern.Canonical);
            if (owners.TryGetValue(key, out var owner) && owner.Value != phrase.Value)
            {
                report.Error(phrase.Location, $"in the interpretation for '{language.Locale}', \"{phrase.Pattern.Text}\" would mean both '{owner.Value}' ({owner.Location}) and '{phrase.Value}' for '{phrase.Slot}'; keep it for one value only.");
            }

            owners.TryAdd(key, (phrase.Value, phrase.Location));
        }
    }
}
