namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// Everything needed to read descriptions in one language, as written in content (<c>interpretation:</c>): its
/// phrases per slot value, its negation and clause words, and how the question options' synonyms are used.
/// </summary>
public sealed record InterpretationLanguage
{
    public const int DefaultGapWords = 6;

    /// <summary>A BCP 47 tag such as "en" or "fr-CA"; a request's locale picks the block by full tag, then by language.</summary>
    public required string Locale { get; init; }

    /// <summary>The block used when no block matches a request's locale (exactly one block is the fallback).</summary>
    public bool Fallback { get; init; }

    /// <summary>Whether the synonyms of the question options (questions.yml, written in this language) count as phrases.</summary>
    public bool QuestionSynonyms { get; init; }

    /// <summary>How many words "..." in a phrase may skip.</summary>
    public int GapWords { get; init; } = DefaultGapWords;

    /// <summary>Words that cancel a phrase shortly after them, each group for its own slots.</summary>
    public IReadOnlyList<NegationGroup> Negations { get; init; } = [];

    /// <summary>Phrases that start with a negation word without negating ("not only").</summary>
    public IReadOnlyList<PhrasePattern> NotNegations { get; init; } = [];

    /// <summary>Words that end a negation's reach ("but", "however").</summary>
    public IReadOnlyList<string> ClauseBreaks { get; init; } = [];

    /// <summary>Question synonyms that are fine as a whole answer but too vague inside a sentence, per slot.</summary>
    public IReadOnlyList<VagueSynonym> VagueSynonyms { get; init; } = [];

    public IReadOnlyList<SlotCombination> Combinations { get; init; } = [];

    public IReadOnlyList<InterpretationPhrase> Phrases { get; init; } = [];

    /// <summary>Phrases whose words say nothing about a slot ("sells seeds to refugees": customers, not members).</summary>
    public IReadOnlyList<NotSignal> NotSignals { get; init; } = [];

    public required SourceLocation Location { get; init; }

    /// <summary>
    /// The phrases a language block reads descriptions with: (with <c>questionSynonyms: true</c>) the question
    /// options' synonyms word for word, except those it calls vague, then its own.
    /// </summary>
    public IEnumerable<InterpretationPhrase> Signals(IEnumerable<Question> questions) =>
        QuestionSynonymPhrases(questions).Concat(Phrases);

    private IEnumerable<InterpretationPhrase> QuestionSynonymPhrases(IEnumerable<Question> questions)
    {
        if (!QuestionSynonyms)
        {
            yield break;
        }

        var vague = VagueSynonyms.Select(v => (v.Slot, v.Word.ToLowerInvariant())).ToHashSet();
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
