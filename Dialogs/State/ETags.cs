namespace GuidanceBot.Dialogs.State;

/// <summary>The special ETag conditions a write may carry.</summary>
public static class ETags
{
    /// <summary>Overwrite whatever is there.</summary>
    public const string Any = "*";

    /// <summary>Create only: fail if the key already exists.</summary>
    public const string New = "";
}
