using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>What a question card becomes once answered: the question and the answer, with no live buttons.</summary>
public static class AnsweredQuestionCard
{
    public static AdaptiveCard Build(ResponseCatalog responses, Question question, IReadOnlyList<string> values, string? answeredBy)
    {
        var labels = string.Join(", ", values.Select(value => question.Option(value)?.Label ?? value));
        var answer = answeredBy is null
            ? responses.Get("answer.yours", new Dictionary<string, string> { ["answer"] = labels })
            : responses.Get("answer.yours", new Dictionary<string, string>
            {
                ["answer"] = responses.Get("answer.by", new Dictionary<string, string> { ["answer"] = labels, ["name"] = answeredBy }),
            });
        return new AdaptiveCard
        {
            FallbackText = question.Prompt + "\n" + answer,
            Body =
            [
                new AdaptiveTextBlock(question.Prompt) { Weight = "Bolder" },
                new AdaptiveTextBlock(answer) { Color = "Good" },
            ],
        };
    }
}
