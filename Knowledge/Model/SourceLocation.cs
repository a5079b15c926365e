namespace GuidanceBot.Knowledge.Model;

/// <summary>Where something was written: a content file (relative to the content folder) and a 1-based line.</summary>
public sealed record SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
