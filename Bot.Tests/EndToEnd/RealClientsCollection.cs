namespace GuidanceBot.Tests.EndToEnd;

/// <summary>
/// Tests that run real clients (Node processes, Chromium) share one collection, so they run one after another
/// instead of competing for the machine's two cores with each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RealClientsCollection
{
    public const string Name = "Real clients";
}
