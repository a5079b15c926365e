using CsCheck;
using GuidanceBot.Dialogs.Engine.Recognizers;
using GuidanceBot.Tests.Knowledge;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Properties;

/// <summary>
/// Whatever a user types at a choice prompt, <see cref="ChoiceRecognizer"/> answers with a recognition, never an
/// exception; and typing an option's label, however cased or padded, picks that option.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed class ChoiceRecognizerProperties
{
    /// <summary>The options of every shipped question, as <c>SlotPrompt</c> builds them.</summary>
    private static readonly List<Choice>[] ShippedChoices =
    [
        .. ShippedContent.KnowledgeBase.Questions.All
            .Where(question => question.Options.Count > 0)
            .Select(question => question.Options.Select(option => new Choice { Value = option.Value, Title = option.Label, Synonyms = [.. option.Synonyms] }).ToList()),
    ];

    private static readonly Gen<string> Words = Gen.Frequency(
        (4, PropertyGens.Text),
        (2, Gen.OneOf("the second one", "last", "2", "0", "-3", "99999999999", "both", "and", "1, 3", "first and third", "none of these", "refugees & host")),
        (2, Gen.OneOf(ShippedChoices).SelectMany(choices => Gen.OneOf([.. choices]).Select(choice => choice.Title))));

    private static readonly Gen<string> Sentence = Words.List[1, 5].Select(parts => string.Join(' ', parts));

    private static readonly Gen<List<Choice>> RandomChoices =
        Gen.Select(PropertyGens.Text, PropertyGens.Text, PropertyGens.Text.List[0, 3])
            .Select((value, title, synonyms) => new Choice { Value = value, Title = title, Synonyms = synonyms })
            .List[0, 6];

    private static readonly Gen<List<Choice>> AnyChoices = Gen.Frequency((1, RandomChoices), (2, Gen.OneOf(ShippedChoices)));

    [Fact]
    public void AnyTextGivesARecognitionNeverAnException() =>
        Gen.Select(Sentence, AnyChoices, Gen.OneOf<string?>(null, "en-US", "fr-FR", "es", "ar", "xx-YY")).Sample(
            (text, choices, locale) =>
            {
                var one = ChoiceRecognizer.Recognize(text, choices, locale);
                Assert.True(one.Succeeded ? choices.Exists(choice => choice.Value == one.Value!.Value) : one.Expectations.Count == choices.Count);

                var many = ChoiceRecognizer.RecognizeMany(text, choices, locale);
                Assert.True(!many.Succeeded || many.Value!.All(found => choices.Exists(choice => choice.Value == found.Value)));
            },
            time: PropertyGens.Seconds);

    [Fact]
    public void AShippedOptionsLabelPicksThatOptionHoweverTyped() =>
        Gen.Select(
                Gen.OneOf(ShippedChoices).SelectMany(choices => Gen.Int[0, choices.Count - 1].Select(index => (choices, index))),
                Gen.Select(Gen.Bool, Gen.OneOf("", " ", "  ", "\t"), Gen.OneOf("", "!", ".", " ?", "\n")))
            .Sample(
                (pick, typing) =>
                {
                    var (choices, index) = pick;
                    var (upper, padding, ending) = typing;
                    var label = choices[index].Title;
                    var typed = padding + (upper ? label.ToUpperInvariant() : label) + ending;

                    var result = ChoiceRecognizer.Recognize(typed, choices, "en-US");

                    Assert.True(result.Succeeded, $"'{typed}' was not recognized");
                    Assert.Equal(choices[index].Value, result.Value!.Value);
                },
                iter: PropertyGens.Iterations);

    /// <summary>Any labels at all, as long as each names one option only (a label shared by two options is ambiguous by design).</summary>
    [Fact]
    public void ARandomOptionsLabelPicksThatOption() =>
        RandomChoices
            .Where(choices => choices.Count > 0)
            .SelectMany(choices => Gen.Int[0, choices.Count - 1].Select(index => (choices, index)))
            .Where(pick => NamesOnlyItself(pick.choices, pick.index))
            .Sample(
                pick =>
                {
                    var (choices, index) = pick;
                    var result = ChoiceRecognizer.Recognize(choices[index].Title, choices, "en-US");

                    Assert.True(result.Succeeded, $"'{choices[index].Title}' was not recognized");
                    Assert.Equal(choices[index].Value, result.Value!.Value);
                },
                iter: PropertyGens.Iterations);

    private static bool NamesOnlyItself(List<Choice> choices, int index)
    {
        var label = TextNormalizer.Normalize(choices[index].Title);
        return label.Length > 0
            && choices.Where((_, i) => i != index)
                .All(other => !new[] { other.Value, other.Title }.Concat(other.Synonyms ?? []).Any(phrase => TextNormalizer.Normalize(phrase) == label));
    }
}
