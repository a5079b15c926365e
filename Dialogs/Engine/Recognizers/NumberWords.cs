using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace GuidanceBot.Dialogs.Engine.Recognizers;

/// <summary>
/// Numbers and ordinals written in words ("two hundred", "the second one"), via Microsoft.Recognizers.Text.
/// Models are built once per language; building them is the expensive part.
/// </summary>
public static class NumberWords
{
    private static readonly ConcurrentDictionary<string, (IModel Number, IModel Ordinal)> Models = new(StringComparer.Ordinal);

    public static int? Ordinal(string text, string? locale) => FirstInteger(ModelsFor(locale).Ordinal, text);

    public static int? Number(string text, string? locale) => FirstInteger(ModelsFor(locale).Number, text);

    private static int? FirstInteger(IModel model, string text)
    {
        foreach (var result in model.Parse(text))
        {
            if (result.Resolution is not null
                && result.Resolution.TryGetValue("value", out var value)
                && decimal.TryParse(value?.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                && number == decimal.Truncate(number)
                && number is >= int.MinValue and <= int.MaxValue)
            {
                return (int)number;
            }
        }

        return null;
    }

    private static (IModel Number, IModel Ordinal) ModelsFor(string? locale)
    {
        var culture = CultureFor(locale);
        return Models.GetOrAdd(culture, static c =>
        {
            var recognizer = new NumberRecognizer(c);
            return (recognizer.GetNumberModel(c), recognizer.GetOrdinalModel(c));
        });
    }

    /// <summary>The recognizer's culture for a BCP-47 locale, by language; English when the language is not supported.</summary>
    private static string CultureFor(string? locale)
    {
        var language = (locale ?? "en").Split('-')[0].ToLowerInvariant();
        return language switch
        {
            "fr" => Culture.French,
            "es" => Culture.Spanish,
            "ar" => Culture.Arabic,
            _ => Culture.English,
        };
    }
}
