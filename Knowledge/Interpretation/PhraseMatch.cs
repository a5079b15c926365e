namespace GuidanceBot.Knowledge.Interpretation;

/// <summary>A phrase found in a text, from its first to its last word (token indexes, inclusive).</summary>
internal readonly record struct PhraseMatch(CompiledPattern Pattern, int First, int Last);
