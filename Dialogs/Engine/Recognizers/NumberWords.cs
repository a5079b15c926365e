using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace GuidanceBot.Dialogs.Engine.Recognizers;

/// <summary>
/// Numbers and ordinals written in words ("two hundred", "the second one"), via Microsoft.Recognizers.Text.
/// Models are built once per language; building them is the expensive part. Arabic ordinals come from a small table
/// (<see cref="ArabicNumberWords"/>), Arabic numbers from it first: the 1.8.13 Arabic models miss the forms people
/// type (الاولى without hamza, ثاني without the article) and read "٢" as 0, so Arabic-Indic digits are passed as 0-9.
/// </summary>
public static class NumberWords
{
    private static readonly ConcurrentDictionary<string, (IModel Number, IModel Ordinal)> Models = new(StringComparer.Ordinal);

    public static int? Ordinal(string text, string? locale) =>
        IsArabic(locale) ? ArabicNumberWords.Ordinal(text) : FirstInteger(ModelsFor(locale).Ordinal, text);

    public static int? Number(string text, string? locale) =>
        IsArabic(locale) ? ArabicNumberWords.Number(text) ?? NonZero(FirstInteger(ModelsFor(locale).Number, WesternDigits(text)))
            : FirstInteger(ModelsFor(locale).Number, WesternDigits(text));

    /// <summary>The Arabic model answers 0 for number-like words it cannot read (مئتان); none of our questions wants 0.</summary>
    private static int? NonZero(int? number) => number == 0 ? null : number;

    /// <summary>The text with Arabic-Indic digits (٠-٩, ۰-۹) as 0-9; the same string when it has none.</summary>
    private static string WesternDigits(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0660', '\u06F9'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                    >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                    _ => c,
                };
            }
        });
    }

    private static bool IsArabic(string? locale) => Language(locale) == "ar";

    private static string Language(string? locale) => (locale ?? "en").Split('-', '_')[0].ToLowerInvariant();

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
        return Language(locale) switch
        {
            "fr" => Culture.French,
            "es" => Culture.Spanish,
            "ar" => Culture.Arabic,
            _ => Culture.English,
        };
    }
}
