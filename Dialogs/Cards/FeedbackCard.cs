using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>Web Chat's way to rate the guidance (Teams has its own feedback buttons): useful or not, and an optional comment.</summary>
public static class FeedbackCard
{
    public const string CommentField = "comment";
    public const string ReactionField = "reaction";

    public static AdaptiveCard Build(ResponseCatalog responses)
    {
        var question = responses.Get("feedback.question");
        return new AdaptiveCard
        {
            FallbackText = question,
            Body =
            [
                new AdaptiveTextBlock(question) { Weight = "Bolder" },
                new AdaptiveTextInput { Id = CommentField, Label = responses.Get("feedback.commentLabel"), IsMultiline = true, MaxLength = 1000 },
            ],
            Actions =
            [
                CardActions.Submit(responses.Get("feedback.like"), CardVerbs.Feedback, (ReactionField, "like")),
                CardActions.Submit(responses.Get("feedback.dislike"), CardVerbs.Feedback, (ReactionField, "dislike")),
            ],
        };
    }
}
