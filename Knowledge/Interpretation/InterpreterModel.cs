using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Knowledge.Interpretation;

/// <summary>
/// The interpretation content of one knowledge snapshot, compiled once (lazily, on first use) and shared by every
/// call: one <see cref="CompiledLanguage"/> per locale block, and the rule for picking a block for a request.
/// </summary>
internal sealed class InterpreterModel
{
    private readonly Dictionary<string, CompiledLanguage> _byLocale = new(StringComparer.OrdinalIgnoreCase);
    private readonly CompiledLanguage? _fallback;

    public InterpreterModel(KnowledgeBase knowledge)
    {
        foreach (var language in knowledge.Interpretation)
        {
            var compiled = new CompiledLanguage(language, knowledge.Questions.All);
            _byLocale.TryAdd(language.Locale, compiled);
            if (language.Fallback)
            {
                _fallback ??= compiled;
            }
        }
    }

    /// <summary>The block for a locale: the same tag ("en-GB"), else its language ("en"), else the fallback block.</summary>
    public CompiledLanguage? Resolve(string? locale)
    {
        if (!string.IsNullOrWhiteSpace(locale))
        {
            var tag = locale.Trim().Replace('_', '-');
            if (_byLocale.TryGetValue(tag, out var exact) || _byLocale.TryGetValue(tag.Split('-')[0], out exact))
            {
                return exact;
            }
        }

        return _fallback;
    }

    /// <summary>
    /// The phrases a language block reads descriptions with: (with <c>questionSynonyms: true</c>) the question
    /// options' synonyms word for word, except those it calls vague, then its own.
    /// </summary>
    public static IEnumerable<InterpretationPhrase> Signals(InterpretationLanguage language, IEnumerable<Question> questions) =>
        QuestionSynonyms(language, questions).Concat(language.Phrases);

    private static IEnumerable<InterpretationPhrase> QuestionSynonyms(InterpretationLanguage language, IEnumerable<Question> questions)
    {
        if (!language.QuestionSynonyms)
        {
            yield break;
        }

        var vague = language.VagueSynonyms.Select(v => (v.Slot, v.Word.ToLowerInvariant())).ToHashSet();
        foreach (var question in questions)
        {
            foreach (var option in question.Options)
            {
                foreach (var synonym in option.Synonyms.Where(synonym => !vague.Contains((question.Slot, synonym.ToLowerInvariant()))))
                {
                    if (PhrasePattern.Literal(synonym) is { } pattern)
                    {
                        yield return new InterpretationPhrase(question.Slot, option.Value, pattern, question.Location);
                    }
                }
            }
        }
    }
}
