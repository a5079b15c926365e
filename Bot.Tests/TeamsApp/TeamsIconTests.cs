using System.Text.Json.Nodes;
using GuidanceBot.TeamsPackage.Icons;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.TeamsApp;

/// <summary>The committed icons are exactly what the project's artwork code draws, so they can be remade at will.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class TeamsIconTests
{
    private const string Remake = "Redraw them with: dotnet run --project tools/TeamsPackage -- --write-icons Bot/TeamsApp";

    [Fact]
    public void TheCommittedColorIconHasThePixelsTheArtworkDraws()
    {
        var committed = PngImage.Decode(File.ReadAllBytes(Repository.PathTo("Bot", "TeamsApp", IconFiles.Color)));
        var drawn = IconArtwork.PaintColor();

        Assert.Equal((drawn.Width, drawn.Height), (committed.Width, committed.Height));
        Assert.True(drawn.Pixels.AsSpan().SequenceEqual(committed.Pixels), $"Bot/TeamsApp/color.png differs from IconArtwork. {Remake}");
    }

    [Fact]
    public void TheCommittedOutlineIconHasThePixelsTheArtworkDraws()
    {
        var committed = PngImage.Decode(File.ReadAllBytes(Repository.PathTo("Bot", "TeamsApp", IconFiles.Outline)));
        var drawn = IconArtwork.PaintOutline();

        Assert.Equal((drawn.Width, drawn.Height), (committed.Width, committed.Height));
        Assert.True(drawn.Pixels.AsSpan().SequenceEqual(committed.Pixels), $"Bot/TeamsApp/outline.png differs from IconArtwork. {Remake}");
    }

    [Fact]
    public void TheAccentColorInTheTemplateIsTheIconBackground()
    {
        var template = JsonNode.Parse(File.ReadAllText(Repository.PathTo("Bot", "TeamsApp", "manifest.json")))!;

        Assert.Equal(IconArtwork.AccentColor, (string?)template["accentColor"]);
    }
}
