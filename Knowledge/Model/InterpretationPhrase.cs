namespace GuidanceBot.Knowledge.Model;

/// <summary>A phrase that, found in a description, means <paramref name="Slot"/> = <paramref name="Value"/>.</summary>
public sealed record InterpretationPhrase(string Slot, string Value, PhrasePattern Pattern, SourceLocation Location);
