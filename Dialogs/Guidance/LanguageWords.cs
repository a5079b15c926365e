using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Engine.Recognizers;
using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Loading;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// Every language's own name and every language's "language" command words, so "langue", "idioma", "اللغة" and
/// "language" always open the choice, and "français" or "العربية" always switch, whatever language is spoken now.
/// Built once per content snapshot (shared by its languages); a turn only looks up.
/// </summary>
public sealed class LanguageWords
{
    private static readonly PerSnapshot<LanguageWords> Built = new(static source => new LanguageWords(source));

    private readonly Dictionary<string, string> _localeByName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _commandWords = new(StringComparer.Ordinal);
    private readonly int _longest;

    private LanguageWords(KnowledgeBase source)
    {
        var choices = new List<LanguageChoice>();
        foreach (var locale in source.Locales)
        {
            var language = source.In(locale);
            var name = OwnName(language);
            choices.Add(new LanguageChoice(language.Locale, name));
            _localeByName.TryAdd(Fold(name), language.Locale);
            foreach (var word in language.Responses.Commands.GetValueOrDefault(Commands.Language) ?? [])
            {
                _commandWords.Add(Fold(word));
            }
        }

        _commandWords.Remove("");
        _localeByName.Remove("");
        Choices = choices;
        _longest = _localeByName.Keys.Concat(_commandWords).Select(word => word.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>Every language of the snapshot, source first, each by its own name.</summary>
    public IReadOnlyList<LanguageChoice> Choices { get; }

    public static LanguageWords Of(KnowledgeBase knowledge) => Built.Of(knowledge.In(KnowledgeBase.SourceLocale));

    /// <summary>
    /// Whether the text is a language command (<c>Locale</c> null) or a language's name (its tag); null when neither.
    /// Longer texts are neither, and are not even normalised.
    /// </summary>
    public (bool Found, string? Locale) Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > _longest + 8)
        {
            return (false, null);
        }

        var folded = Fold(text);
        if (_localeByName.TryGetValue(folded, out var locale))
        {
            return (true, locale);
        }

        return (_commandWords.Contains(folded), null);
    }

    /// <summary>The language's name in itself; a language whose name is not translated yet shows its tag.</summary>
    private static string OwnName(KnowledgeBase language)
    {
        var name = language.Responses.Get("language.name");
        return name.StartsWith(TranslationOverlay.UntranslatedMark, StringComparison.Ordinal) ? language.Locale : name;
    }

    /// <summary>Lower case, single spaces, no accents or vowel marks (the tokenizer's folding): "Français" and "francais" meet.</summary>
    private static string Fold(string text) => TextNormalizer.Normalize(text);
}
