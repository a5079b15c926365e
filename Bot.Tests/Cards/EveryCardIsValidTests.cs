using System.Text;
using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Recommendations;
using GuidanceBot.Tests.Knowledge;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Cards;

/// <summary>
/// Every card the bot can send, built from the shipped content for many contexts, checked by the real
/// <c>adaptivecards</c> library (schema 1.5) with zero events, and kept well under Teams' message size limit.
/// </summary>
[Trait("Category", TestCategories.RealClients)]
public sealed class EveryCardIsValidTests
{
    private const int MaxCardBytes = 40 * 1024;

    private static KnowledgeBase Knowledge => ShippedContent.KnowledgeBase;

    public static IEnumerable<(string Name, AdaptiveCard Card)> AllCards()
    {
        var responses = Knowledge.Responses;
        yield return ("welcome", WelcomeCard.Build(responses));
        LanguageChoice[] languages = [new("en", "English"), new("fr", "Français"), new("es", "Español"), new("ar", "العربية")];
        yield return ("welcome with the language choice", WelcomeCard.Build(responses, languages));
        var rightToLeft = WelcomeCard.Build(responses, languages);
        rightToLeft.Rtl = true;
        yield return ("welcome right to left", rightToLeft);
        yield return ("language choice", LanguageCard.Build(responses, languages));
        foreach (var question in Knowledge.Questions.All)
        {
            yield return ($"question {question.Slot}", QuestionCard.Build(responses, question, "c1", 1, 5, null, showHelp: false, isRetry: false));
            yield return ($"question {question.Slot} retry with help", QuestionCard.Build(responses, question, "c2", 3, 5, "Noted: something.", showHelp: true, isRetry: true));
            var values = question.Options.Take(question.Multiple ? 2 : 1).Select(option => option.Value).ToList();
            yield return ($"answered {question.Slot}", AnsweredQuestionCard.Build(responses, question, values, null));
            yield return ($"answered {question.Slot} in a group", AnsweredQuestionCard.Build(responses, question, values, "Amal"));
        }

        yield return ("feedback", FeedbackCard.Build(responses));
        yield return ("summary empty", SummaryCard.Build(responses, Knowledge.Questions, new Dictionary<string, (IReadOnlyList<string>, string?)>()));
        yield return ("examples empty", ExamplesCard.Build(responses, []));
        foreach (var membership in Slots.Find(Slots.Membership)!.Values)
        {
            foreach (var legal in Slots.Find(Slots.LegalEnvironment)!.Values)
            {
                var context = GuidanceContext.Empty with
                {
                    Membership = membership,
                    LegalEnvironment = legal,
                    Stage = "new",
                    Needs = ["livelihoods", "women", "finance"],
                    Role = "international",
                };
                var guidance = RecommendationEngine.Recommend(Knowledge, context);
                yield return ($"guidance {membership}/{legal}", GuidanceCard.Build(responses, guidance));
                yield return ($"examples {membership}/{legal}", ExamplesCard.Build(responses, guidance.Examples));
                foreach (var pathway in guidance.Pathways)
                {
                    yield return ($"why {pathway.Id} for {membership}/{legal}", WhyCard.Build(responses, pathway));
                }

                yield return ($"what-if {membership}/{legal}", WhatIfCard.Build(responses, Knowledge.Questions, context));
                var answers = Slots.All
                    .Where(slot => context.IsAnswered(slot.Id))
                    .ToDictionary(slot => slot.Id, slot => (context.Values(slot.Id), (string?)"Jonas"));
                yield return ($"summary {membership}/{legal}", SummaryCard.Build(responses, Knowledge.Questions, answers));
            }
        }

        yield return ("guidance with nothing answered", GuidanceCard.Build(responses, RecommendationEngine.Recommend(Knowledge, GuidanceContext.Empty)));
    }

    [Fact]
    public async Task EveryCardPassesTheAdaptiveCardsLibraryAndStaysSmall()
    {
        var problems = new StringBuilder();
        var count = 0;
        foreach (var (name, json) in AllCards().SelectMany(Variants))
        {
            count++;
            var size = Encoding.UTF8.GetByteCount(json.ToJsonString());
            if (size > MaxCardBytes)
            {
                problems.AppendLine($"{name}: {size} bytes");
            }

            if (string.IsNullOrWhiteSpace((string?)json["fallbackText"]))
            {
                problems.AppendLine($"{name}: no fallback text");
            }

            foreach (var problem in await AdaptiveCardValidator.ValidateAsync(json))
            {
                problems.AppendLine($"{name}: {problem}");
            }

            foreach (var input in Inputs(json))
            {
                if (string.IsNullOrWhiteSpace((string?)input["label"]))
                {
                    problems.AppendLine($"{name}: input '{input["id"]}' has no label for screen readers");
                }
            }
        }

        Assert.True(count > 100, $"only {count} cards were built");
        Assert.True(problems.Length == 0, problems.ToString());
    }

    /// <summary>Each card as Web Chat gets it (Action.Submit) and as Teams gets it (Action.Execute with a Submit fallback).</summary>
    private static IEnumerable<(string Name, JsonNode Json)> Variants((string Name, AdaptiveCard Card) built)
    {
        yield return (built.Name, AdaptiveCardJson.ToJson(built.Card));
        var teams = AdaptiveCardJson.ToAttachment(UniversalActions.Apply(built.Card));
        yield return (built.Name + " (Teams)", teams.Content!);
    }

    private static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject obj when ((string?)obj["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true => [obj],
        JsonObject obj => obj.SelectMany(pair => Inputs(pair.Value)),
        JsonArray array => array.SelectMany(Inputs),
        _ => [],
    };
}
