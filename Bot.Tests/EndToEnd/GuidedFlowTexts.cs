using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Tests.EndToEnd;

/// <summary>One answer an end-to-end flow gives: the question's slot, the option values, and what a typist would say.</summary>
public sealed record FlowAnswer(string Slot, string[] Values, string Typed);

/// <summary>
/// What the bot shows along the guided questions (progress, option labels, "Noted: ...", "Your answer: ..."),
/// read from the content the running bot loaded, so the end-to-end tests follow wording changes in content
/// and only fail when the behaviour changes.
/// </summary>
public sealed class GuidedFlowTexts(KnowledgeBase knowledge)
{
    public ResponseCatalog Responses => knowledge.Responses;

    /// <summary>The questions every flow asks, in order (the optional ones are only asked on request).</summary>
    public IReadOnlyList<Question> Asked => [.. knowledge.Questions.All.Where(question => !question.Optional)];

    public Question Question(string slot) => knowledge.Questions.Get(slot);

    /// <summary>"Question 2 of 5".</summary>
    public string Progress(int number) => Responses.Get("question.progress", new Dictionary<string, string>
    {
        ["current"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["total"] = Asked.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    /// <summary>The button or check box text of one option.</summary>
    public string Label(string slot, string value) =>
        Question(slot).Option(value)?.Label ?? throw new InvalidOperationException($"The content has no option '{value}' for '{slot}'.");

    /// <summary>The labels of an answer, as the summary and the answered card list them ("Jobs and income, Training and skills").</summary>
    public string Labels(FlowAnswer answer) => string.Join(", ", answer.Values.Select(value => Label(answer.Slot, value)));

    /// <summary>The line on the next card that confirms an answer ("Noted: the members are displaced people.").</summary>
    public string Noted(FlowAnswer answer) => Responses.Get("answer.noted", new Dictionary<string, string>
    {
        ["answer"] = string.Join(", ", answer.Values.Select(value => Question(answer.Slot).Option(value)!.Answer)),
    });

    /// <summary>What an answered question card says in Teams ("Your answer: Both together", in a channel with who answered).</summary>
    public string YourAnswer(FlowAnswer answer, string? answeredBy = null) => Responses.Get("answer.yours", new Dictionary<string, string>
    {
        ["answer"] = answeredBy is null
            ? Labels(answer)
            : Responses.Get("answer.by", new Dictionary<string, string> { ["answer"] = Labels(answer), ["name"] = answeredBy }),
    });

    /// <summary>"Source: ..." without the source itself: how every citation line on the guidance card begins.</summary>
    public string SourcePrefix => Responses.Get("search.resultSource", new Dictionary<string, string> { ["source"] = "" }).TrimEnd();
}
