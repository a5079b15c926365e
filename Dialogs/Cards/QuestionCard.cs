using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>
/// The card that asks one question: progress, the question, its options as buttons (single answer) or check
/// boxes with a Done button (several answers). Each press carries the card's id, so presses on an older
/// card can be recognised as stale. Help shows once the user has had trouble.
/// </summary>
public static class QuestionCard
{
    public static AdaptiveCard Build(
        ResponseCatalog responses,
        Question question,
        string cardId,
        int number,
        int total,
        string? note,
        bool showHelp,
        bool isRetry)
    {
        var body = new List<AdaptiveElement>();
        if (note is not null)
        {
            body.Add(new AdaptiveTextBlock(note) { IsSubtle = true, Size = "Small" });
        }

        body.Add(new AdaptiveTextBlock(Progress(responses, number, total)) { IsSubtle = true, Size = "Small", Spacing = "Small" });
        if (isRetry)
        {
            body.Add(new AdaptiveTextBlock(RetryText(responses, question)) { Color = "Attention" });
        }

        body.Add(new AdaptiveTextBlock(question.Prompt) { Weight = "Bolder", Size = "Medium", Style = "heading" });
        if (showHelp)
        {
            body.Add(new AdaptiveTextBlock(question.Help));
        }

        List<AdaptiveAction> actions;
        if (question.Multiple)
        {
            body.Add(new AdaptiveChoiceSetInput
            {
                Id = "value",
                Label = question.Prompt,
                IsMultiSelect = true,
                Style = "expanded",
                IsRequired = true,
                ErrorMessage = RetryText(responses, question),
                Choices = [.. question.Options.Select(option => new AdaptiveChoice(option.Label, option.Value))],
            });
            actions = [CardActions.Submit(responses.Get("action.done"), CardVerbs.Answer, (CardVerbs.SlotField, question.Slot), (CardVerbs.CardField, cardId))];
        }
        else
        {
            actions = [.. question.Options.Select(option => (AdaptiveAction)CardActions.Submit(
                option.Label,
                CardVerbs.Answer,
                (CardVerbs.SlotField, question.Slot),
                ("value", option.Value),
                (CardVerbs.CardField, cardId)))];
        }

        return new AdaptiveCard
        {
            FallbackText = FallbackText(responses, question, number, total, note, showHelp, isRetry),
            Speak = question.Prompt,
            Body = body,
            Actions = actions,
        };
    }

    /// <summary>The same question as plain text, numbered options included, for channels without cards.</summary>
    public static string FallbackText(ResponseCatalog responses, Question question, int number, int total, string? note, bool showHelp, bool isRetry)
    {
        var lines = new List<string>();
        if (note is not null)
        {
            lines.Add(note);
        }

        if (isRetry)
        {
            lines.Add(RetryText(responses, question));
        }

        lines.Add($"{Progress(responses, number, total)}: {question.Prompt}");
        if (showHelp)
        {
            lines.Add(question.Help);
        }

        lines.AddRange(question.Options.Select((option, index) => $"{index + 1}. {option.Label}"));
        return string.Join("\n", lines);
    }

    private static string Progress(ResponseCatalog responses, int number, int total) =>
        responses.Get("question.progress", new Dictionary<string, string>
        {
            ["current"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["total"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    private static string RetryText(ResponseCatalog responses, Question question) =>
        responses.Get("question.retry", new Dictionary<string, string>
        {
            ["options"] = string.Join(", ", question.Options.Select(option => option.Label)),
        });
}
