namespace GuidanceBot.Knowledge.Interpretation;

/// <summary>
/// The interpretation content of one knowledge snapshot, compiled once (lazily, on first use) and shared by every
/// call: one <see cref="CompiledLanguage"/> per locale block, and the rule for picking a block for a request.
/// </summary>
internal sealed class InterpreterModel
{
    private static readonly PerSnapshot<InterpreterModel> Compiled = new(static knowledge => new InterpreterModel(knowledge));

    private readonly Dictionary<string, CompiledLanguage> _byLocale = new(StringComparer.OrdinalIgnoreCase);
    private readonly CompiledLanguage? _fallback;

    private InterpreterModel(KnowledgeBase knowledge)
    {
        foreach (var language in knowledge.InterpretationLanguages)
        {
            var compiled = new CompiledLanguage(language, knowledge.Questions.All);
            _byLocale.TryAdd(language.Locale, compiled);
            if (language.Fallback)
            {
                _fallback ??= compiled;
            }
        }
    }

    /// <summary>The compiled interpretation of <paramref name="knowledge"/>, compiled on the first call for that snapshot.</summary>
    public static InterpreterModel Of(KnowledgeBase knowledge) => Compiled.Of(knowledge);

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
}
