using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Knowledge.Validation;

/// <summary>One finding about the content, printed as <c>file:line: message</c> so editors can jump to it.</summary>
public sealed record ValidationMessage(ValidationSeverity Severity, string File, int Line, string Message)
{
    public ValidationMessage(ValidationSeverity severity, SourceLocation location, string message)
        : this(severity, location.File, location.Line, message)
    {
    }

    public override string ToString() => Severity == ValidationSeverity.Warning
        ? $"{File}:{Line}: warning: {Message}"
        : $"{File}:{Line}: {Message}";
}
