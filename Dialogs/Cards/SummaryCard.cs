using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>The user's answers, one row per question, each with its own "Change" button.</summary>
public static class SummaryCard
{
    /// <param name="answers">Slot → (values, who answered in a group, or null).</param>
    public static AdaptiveCard Build(
        ResponseCatalog responses,
        QuestionCatalog questions,
        IReadOnlyDictionary<string, (IReadOnlyList<string> Values, string? AnsweredBy)> answers)
    {
        var title = responses.Get("summary.title");
        var body = new List<AdaptiveElement> { new AdaptiveTextBlock(title) { Weight = "Bolder", Size = "Medium", Style = "heading" } };
        var fallback = new List<string> { title };
        foreach (var question in questions.All)
        {
            var answered = answers.TryGetValue(question.Slot, out var answer) && answer.Values.Count > 0;
            if (question.Optional && !answered)
            {
                continue;
            }

            var text = answered ? AnswerText(responses, question, answer.Values, answer.AnsweredBy) : responses.Get("summary.notAnswered");
            body.Add(new AdaptiveContainer
            {
                Separator = true,
                Items =
                [
                    new AdaptiveTextBlock(question.Name) { Weight = "Bolder", Size = "Small" },
                    new AdaptiveTextBlock(text) { IsSubtle = !answered },
                    new AdaptiveActionSet
                    {
                        Actions =
                        [
                            CardActions.Submit(
                                responses.Get("summary.changeNamed", new Dictionary<string, string> { ["name"] = question.Name }),
                                CardVerbs.Change,
                                (CardVerbs.SlotField, question.Slot)),
                        ],
                    },
                ],
            });
            fallback.Add($"- {question.Name}: {text}");
        }

        return new AdaptiveCard { FallbackText = string.Join("\n", fallback), Speak = title, Body = body };
    }

    public static string AnswerText(ResponseCatalog responses, Question question, IReadOnlyList<string> values, string? answeredBy)
    {
        var labels = string.Join(", ", values.Select(value => question.Option(value)?.Label ?? value));
        return answeredBy is null
            ? labels
            : responses.Get("answer.by", new Dictionary<string, string> { ["answer"] = labels, ["name"] = answeredBy });
    }
}
