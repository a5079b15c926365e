using GuidanceBot.Bot.Storage;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Storage;

/// <summary>The SQLite store's cache of recent items: least recently used out first, within its byte budget.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class StoreItemCacheTests
{
    private const int Budget = 64 * 1024;

    [Fact]
    public void TheLeastRecentlyUsedItemGoesFirst()
    {
        var cache = new StoreItemCache(Budget);
        for (var i = 0; i < 50; i++)
        {
            cache.Set($"k{i}", Item(1000, i));
        }

        Assert.True(cache.TryGet("k0", out _)); // read: now the most recently used
        for (var i = 50; i < 60; i++)
        {
            cache.Set($"k{i}", Item(1000, i));
        }

        Assert.True(cache.TryGet("k0", out _));
        Assert.False(cache.TryGet("k1", out _));
        Assert.True(cache.TryGet("k59", out _));
        Assert.InRange(cache.Bytes, 1, Budget);
    }

    [Fact]
    public void SettingAKeyAgainReplacesItsItemAndItsSize()
    {
        var cache = new StoreItemCache(Budget);
        cache.Set("k", Item(100, 1));
        var small = cache.Bytes;

        cache.Set("k", Item(600, 2));

        Assert.True(cache.TryGet("k", out var item));
        Assert.Equal("2", item.ETag);
        Assert.Equal(1, cache.Count);
        Assert.Equal(small + 500, cache.Bytes);
    }

    [Fact]
    public void AnItemTooLargeToKeepAlsoDropsTheOlderOne()
    {
        var cache = new StoreItemCache(Budget);
        cache.Set("k", Item(100, 1));

        cache.Set("k", Item(Budget / 16, 2));

        Assert.False(cache.TryGet("k", out _));
        Assert.Equal(0, cache.Bytes);
    }

    [Fact]
    public void RemoveAndClearForgetItems()
    {
        var cache = new StoreItemCache(Budget);
        cache.Set("a", Item(10, 1));
        cache.Set("b", Item(10, 2));

        cache.Remove("a");
        Assert.False(cache.TryGet("a", out _));
        Assert.True(cache.TryGet("b", out _));

        cache.Clear();
        Assert.Equal((0, 0L), (cache.Count, cache.Bytes));
    }

    private static StoreItem Item(int bytes, int version) => new(new byte[bytes], version.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
