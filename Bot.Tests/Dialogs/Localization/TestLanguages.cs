using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Loading;
using GuidanceBot.Tests.Knowledge;

namespace GuidanceBot.Tests.Dialogs.Localization;

/// <summary>
/// The shipped content with small French, Spanish and Arabic translations of their own (what the language choice
/// needs, the welcome title and the first question), so these tests do not depend on the translators' files.
/// </summary>
public static class TestLanguages
{
    public const string FrenchChanged = "Désormais, j'écris en français.";
    public const string FrenchWelcome = "Bienvenue sur GuidanceBot";
    public const string FrenchMembers = "Qui sont, ou seront, les membres de la coopérative ?";
    public const string ArabicChanged = "من الآن سأكتب بالعربية.";
    public const string ArabicMembers = "من هم أعضاء التعاونية، أو من سيكونون؟";
    public const string SpanishChanged = "A partir de ahora escribo en español.";

    private static readonly Lazy<KnowledgeBase> Built = new(Build);

    public static KnowledgeBase KnowledgeBase => Built.Value;

    /// <summary>Writes the three translations into <paramref name="content"/> (a copy of the shipped content).</summary>
    public static void WriteInto(ContentFolder content)
    {
        var locales = Path.Combine(content.Path, "locales");
        if (Directory.Exists(locales))
        {
            Directory.Delete(locales, recursive: true);
        }

        content.Write("locales/fr/test.yml", $$"""
            version: 1
            responses:
              welcome.title: "{{FrenchWelcome}}"
              language.name: "Français"
              language.prompt: "Quelle langue dois-je utiliser ?"
              language.changed: "{{FrenchChanged}}"
              language.button: "Langue"
            commands:
              language: [langue, changer de langue]
            questions:
              - slot: membership
                prompt: "{{FrenchMembers}}"
            """);
        content.Write("locales/es/test.yml", $$"""
            version: 1
            responses:
              language.name: "Español"
              language.changed: "{{SpanishChanged}}"
            commands:
              language: [idioma, cambiar idioma]
            """);
        content.Write("locales/ar/test.yml", $$"""
            version: 1
            responses:
              welcome.title: "مرحبًا بكم في GuidanceBot"
              language.name: "العربية"
              language.prompt: "بأي لغة أكتب؟"
              language.changed: "{{ArabicChanged}}"
            commands:
              language: [اللغة, تغيير اللغة]
            questions:
              - slot: membership
                prompt: "{{ArabicMembers}}"
            """);
    }

    private static KnowledgeBase Build()
    {
        using var content = new ContentFolder();
        WriteInto(content);
        var result = KnowledgeLoader.Load(content.Path);
        Assert.Empty(result.Report.Errors);
        return result.KnowledgeBase!;
    }
}
