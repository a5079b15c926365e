namespace GuidanceBot.Knowledge.Validation;

/// <summary>Errors stop content from loading; warnings point at something probably unintended.</summary>
public enum ValidationSeverity
{
    Error,
    Warning,
}
