using GuidanceBot.Bot.Storage;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Storage;

/// <summary>Key → blob name: readable folders, names the service keeps as given, reversible, within its limits.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class BlobNamesTests
{
    [Theory]
    [InlineData("msteams/conversations/a:conv-1", "msteams/conversations/a~3Aconv-1")]
    [InlineData("/lead//double/trail/", "~2Flead/~2Fdouble/trail~2F")]
    [InlineData("dots/./../end.", "dots/~2E/.~2E/end~2E")]
    [InlineData("tilde~ä", "tilde~7E~C3~A4")]
    public void KeysMapToSafeNamesAndBack(string key, string name)
    {
        Assert.Equal(name, BlobNames.FromKey(key));
        Assert.Equal(key, BlobNames.KeyOrHeadOf(name));
    }

    [Fact]
    public void AKeyTooLongForABlobNameIsHashedBehindAReadableHead()
    {
        var key = "directline-service/conversations/" + new string('ä', 1000);

        var name = BlobNames.FromKey(key);

        Assert.True(name.Length <= BlobNames.MaxNameLength, $"{name.Length} characters");
        Assert.StartsWith("directline-service/", BlobNames.KeyOrHeadOf(name), StringComparison.Ordinal);
        Assert.NotEqual(name, BlobNames.FromKey(key + "x"));
    }

    [Fact]
    public void AKeyWithTooManySegmentsIsHashed()
    {
        var key = string.Concat(Enumerable.Repeat("a/", 300)) + "end";

        Assert.Contains("~~", BlobNames.FromKey(key), StringComparison.Ordinal);
    }
}
