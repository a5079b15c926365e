using GuidanceBot.Dialogs.Engine.Recognizers;
using GuidanceBot.Knowledge;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// Reads answers from a description by the options' own words: an option's label or synonym named inside
/// the text (never a bare number or a typo guess), one unambiguous option per question. Short replies are
/// not read as descriptions: a lone "no" is not a statement about the law.
/// </summary>
public sealed class SynonymContextReader : IContextReader
{
    private const int MinimumWords = 3;

    public ContextReading Read(KnowledgeBase knowledge, string text, string? locale)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (TextNormalizer.Words(normalized).Length < MinimumWords)
        {
            return ContextReading.Nothing;
        }

        var found = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        foreach (var question in knowledge.Questions.All)
        {
            var options = SlotPrompt.OptionsFor(question);
            if (question.Multiple)
            {
                var many = ChoiceRecognizer.RecognizeMany(text, options.Choices!, locale);
                var named = many.Succeeded ? many.Value!.Where(f => f.MatchedBy is "exact" or "contained").Select(f => f.Value).ToList() : [];
                if (named.Count > 0)
                {
                    found.Add(new(question.Slot, named));
                }
            }
            else if (ChoiceRecognizer.Recognize(text, options.Choices!, locale) is { Succeeded: true, Value.MatchedBy: "exact" or "contained" } one)
            {
                found.Add(new(question.Slot, [one.Value!.Value]));
            }
        }

        return new ContextReading(found);
    }
}
