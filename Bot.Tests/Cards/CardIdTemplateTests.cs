using System.Text;
using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Cards;

[Trait("Category", TestCategories.Unit)]
public sealed class CardIdTemplateTests
{
    [Theory]
    [InlineData("""{"a":"@@card-id@@","b":["x","@@card-id@@"]}""", "c12", """{"a":"c12","b":["x","c12"]}""")]
    [InlineData("""{"card":"@@card-id@@"}""", "c123456789012345", """{"card":"c123456789012345"}""")]
    [InlineData("""@@card-id@@@@card-id@@""", "c1", "c1c1")]
    [InlineData("""{"no":"placeholder"}""", "c1", """{"no":"placeholder"}""")]
    public void EveryPlaceholderIsReplacedByTheCardId(string template, string cardId, string expected)
    {
        var filled = CardIdTemplate.Fill(Encoding.UTF8.GetBytes(template), cardId);

        Assert.Equal(expected, Encoding.UTF8.GetString(filled));
    }

    [Fact]
    public void TheTemplateItselfIsLeftAsItWas()
    {
        var template = Encoding.UTF8.GetBytes("""{"card":"@@card-id@@"}""");

        CardIdTemplate.Fill(template, "c7");

        Assert.Equal("""{"card":"@@card-id@@"}""", Encoding.UTF8.GetString(template));
    }
}
