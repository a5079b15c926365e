namespace GuidanceBot.Knowledge.Validation;

/// <summary>What a reference points at, so the validator knows where to look it up.</summary>
public enum ReferenceTarget
{
    Item,
    Pathway,
}
