using GuidanceBot.Dialogs.Engine.Recognizers;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Knowledge.Localization;

/// <summary>Options picked by position in French, Spanish and Arabic: digits, ordinals and numbers in words.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class NumberRecognizerTests
{
    private static readonly List<Choice> Options =
    [
        new() { Value = "host", Title = "A" },
        new() { Value = "displaced", Title = "B" },
        new() { Value = "mixed", Title = "C" },
        new() { Value = "returnee", Title = "D" },
    ];

    [Theory]
    [InlineData("fr", "le deuxième")]
    [InlineData("fr", "la deuxième")]
    [InlineData("fr", "la deuxieme")]
    [InlineData("fr", "2e")]
    [InlineData("fr", "deux")]
    [InlineData("fr", "2")]
    [InlineData("es", "la segunda")]
    [InlineData("es", "el segundo")]
    [InlineData("es", "dos")]
    [InlineData("es", "2º")]
    [InlineData("es", "2ª")]
    [InlineData("ar", "الثاني")]
    [InlineData("ar", "الثانية")]
    [InlineData("ar", "ثاني")]
    [InlineData("ar", "الخيار الثاني")]
    [InlineData("ar", "اثنان")]
    [InlineData("ar", "إثنين")]
    [InlineData("ar", "٢")]
    [InlineData("ar", "2")]
    [InlineData("ar-JO", "رقم ٢")]
    public void TheSecondOptionByPosition(string locale, string input)
    {
        var result = ChoiceRecognizer.Recognize(input, Options, locale);

        Assert.True(result.Succeeded, $"'{input}' ({locale}) was not recognized");
        Assert.Equal("displaced", result.Value!.Value);
    }

    [Theory]
    [InlineData("fr", "le premier", "host")]
    [InlineData("fr", "la troisième", "mixed")]
    [InlineData("fr", "quatre", "returnee")]
    [InlineData("es", "la primera", "host")]
    [InlineData("es", "tercero", "mixed")]
    [InlineData("es", "cuatro", "returnee")]
    [InlineData("ar", "الأول", "host")]
    [InlineData("ar", "الاولى", "host")]
    [InlineData("ar", "الثالثة", "mixed")]
    [InlineData("ar", "ثلاثة", "mixed")]
    [InlineData("ar", "الرابع", "returnee")]
    [InlineData("ar", "أربعة", "returnee")]
    [InlineData("ar", "الأخير", "returnee")]
    [InlineData("ar", "٤", "returnee")]
    public void OtherPositions(string locale, string input, string expected)
    {
        var result = ChoiceRecognizer.Recognize(input, Options, locale);

        Assert.True(result.Succeeded, $"'{input}' ({locale}) was not recognized");
        Assert.Equal(expected, result.Value!.Value);
    }

    [Theory]
    [InlineData("ar", "الخامس")]   // there are four options
    [InlineData("ar", "الثاني والثالث")] // two different positions is no pick ("and" joined to the word)
    [InlineData("fr", "le cinquième")]
    public void APositionThatIsNotThereIsNoPick(string locale, string input)
    {
        Assert.False(ChoiceRecognizer.Recognize(input, Options, locale).Succeeded);
    }

    [Theory]
    [InlineData("fr", "le premier et la troisième")]
    [InlineData("fr", "1 et 3")]
    [InlineData("es", "la primera y la tercera")]
    [InlineData("ar", "١، ٣")]
    public void SeveralPositionsInOneAnswer(string locale, string input)
    {
        var result = ChoiceRecognizer.RecognizeMany(input, Options, locale);

        Assert.True(result.Succeeded, $"'{input}' ({locale}) was not recognized");
        Assert.Equal(["host", "mixed"], result.Value!.Select(found => found.Value));
    }

    [Fact]
    public void ArabicWordsFromOneToTenInBothGenders()
    {
        string[] masculine = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"];
        string[] feminine = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"];
        string[] numbers = ["واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];
        string[] feminineNumbers = ["واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"];
        for (var n = 1; n <= 10; n++)
        {
            Assert.Equal(n, ArabicNumberWords.Ordinal(masculine[n - 1]));
            Assert.Equal(n, ArabicNumberWords.Ordinal(feminine[n - 1]));
            Assert.Equal(n, ArabicNumberWords.Ordinal(masculine[n - 1][2..])); // without the article
            Assert.Equal(n, ArabicNumberWords.Number(numbers[n - 1]));
            Assert.Equal(n, ArabicNumberWords.Number(feminineNumbers[n - 1]));
        }

        Assert.Null(ArabicNumberWords.Ordinal("تعاونية"));
    }

    [Theory]
    [InlineData("٢٠٠", "ar", 200)]
    [InlineData("۱۲", "ar", 12)]
    [InlineData("خمسة عشر", "ar", 15)]
    [InlineData("quinze", "fr", 15)]
    [InlineData("doscientos", "es", 200)]
    public void NumbersInWordsAndArabicIndicDigits(string text, string locale, int expected)
    {
        Assert.Equal(expected, NumberWords.Number(text, locale));
    }

    [Fact]
    public void AnArabicWordTheModelsCannotReadIsNoNumberRatherThanZero()
    {
        Assert.Null(NumberWords.Number("مئتان", "ar"));
    }
}
