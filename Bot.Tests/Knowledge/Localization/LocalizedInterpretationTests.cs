using GuidanceBot.Knowledge.Interpretation;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Knowledge.Localization;

/// <summary>
/// Descriptions written in French, Spanish and Arabic by practitioners of those languages (InterpretationCases.&lt;locale&gt;.txt,
/// one "description => slot=value; slot=value,value" per line), read with that language's content and phrases: the
/// answers found are exactly the expected ones.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed class LocalizedInterpretationTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var locale in new[] { "fr", "es", "ar" })
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Knowledge", "Localization", $"InterpretationCases.{locale}.txt");
            foreach (var line in File.ReadLines(path).Where(line => line.Contains("=>", StringComparison.Ordinal)))
            {
                var parts = line.Split("=>", 2, StringSplitOptions.TrimEntries);
                data.Add(locale, parts[0], Normalized(parts[1]));
            }
        }

        return data;
    }

    [Fact]
    public void EachLanguageHasAtLeastFifteenDescriptions()
    {
        foreach (var group in Cases().Select(row => (string)row[0]).GroupBy(locale => locale))
        {
            Assert.True(group.Count() >= 15, $"{group.Key}: {group.Count()} descriptions");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadsTheExpectedAnswers(string locale, string description, string expected)
    {
        var knowledge = ShippedContent.KnowledgeBase.In(locale);

        var result = ContextInterpreter.Interpret(knowledge, description, locale);

        Assert.Equal(locale, result.Locale);
        var found = string.Join("; ", result.Slots.Select(slot => $"{slot.Slot}={string.Join(',', slot.Values.Select(v => v.Value))}"));
        Assert.Equal(expected, Normalized(found));
    }

    /// <summary>"b=2,1; a=x" and "a=x; b=1,2" are the same answers.</summary>
    private static string Normalized(string answers) => string.Join("; ", answers
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(pair => pair.Split('=', 2))
        .Select(pair => $"{pair[0]}={string.Join(',', pair[1].Split(',', StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal))}")
        .Order(StringComparer.Ordinal));
}
