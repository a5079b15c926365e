namespace GuidanceBot.Tests.Support;

/// <summary>Test classes in this collection share one in-memory <see cref="Azurite"/> for the whole run.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<Azurite>
{
    public const string Name = "Azurite";
}
