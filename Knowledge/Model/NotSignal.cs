namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// A phrase whose words say nothing about <paramref name="Slot"/> even when they contain its phrases: in "sells
/// seeds to refugees" or "hires refugees as workers" the refugees are customers or staff, not members, so the
/// membership phrases inside it do not count.
/// </summary>
public sealed record NotSignal(string Slot, PhrasePattern Pattern, SourceLocation Location);
