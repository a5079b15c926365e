namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// A synonym of a question option that works as a whole answer ("both", "care") but says too little inside a
/// sentence, so descriptions ignore it.
/// </summary>
public sealed record VagueSynonym(string Slot, string Word, SourceLocation Location);
