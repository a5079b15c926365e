
namespace GuidanceBot.Dialogs.Engine.Recognizers;

/// <summary>Yes or no: a yes-word or a no-word as a whole word or phrase, with small typos; both or neither is a failure.</summary>
public static class ConfirmRecognizer
{
    public static Recognition<bool> Recognize(string? text, ConfirmWords words)
    {
        var choices = new List<Choice>
        {
            new() { Value = "yes", Title = words.Yes.Count > 0 ? words.Yes[0] : "yes", Synonyms = [.. words.Yes] },
            new() { Value = "no", Title = words.No.Count > 0 ? words.No[0] : "no", Synonyms = [.. words.No] },
        };
        var found = ChoiceRecognizer.Recognize(text, choices, locale: null);
        return found.Succeeded && found.Value!.MatchedBy != "number" && found.Value.MatchedBy != "ordinal"
            ? Recognition<bool>.Success(found.Value.Value == "yes")
            : Recognition<bool>.Failure(choices[0].Title, choices[1].Title);
    }
}
