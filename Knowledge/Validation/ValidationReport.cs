using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Knowledge.Validation;

/// <summary>Everything the loader and validator found, in file and line order.</summary>
public sealed class ValidationReport
{
    private readonly List<ValidationMessage> _messages = [];

    public IReadOnlyList<ValidationMessage> Messages =>
        [.. _messages.OrderBy(m => m.File, StringComparer.Ordinal).ThenBy(m => m.Line).ThenBy(m => m.Message, StringComparer.Ordinal)];

    public IEnumerable<ValidationMessage> Errors => Messages.Where(m => m.Severity == ValidationSeverity.Error);

    public IEnumerable<ValidationMessage> Warnings => Messages.Where(m => m.Severity == ValidationSeverity.Warning);

    public bool HasErrors => _messages.Exists(m => m.Severity == ValidationSeverity.Error);

    public void Error(string file, int line, string message) => _messages.Add(new(ValidationSeverity.Error, file, line, message));

    public void Error(SourceLocation location, string message) => Error(location.File, location.Line, message);

    public void Warning(SourceLocation location, string message) =>
        _messages.Add(new(ValidationSeverity.Warning, location, message));

    public override string ToString() => string.Join(Environment.NewLine, Messages);
}
