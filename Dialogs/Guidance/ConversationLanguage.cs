using GuidanceBot.Dialogs.Guidance.State;
using GuidanceBot.Knowledge;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// Which language a turn speaks: the one the user chose (language command, a language's name, or the card) wins;
/// otherwise the activity's locale (Teams sends the user's, Web Chat the page's); otherwise the language stored
/// from earlier turns; otherwise the source language. The state keeps only the content's language tag.
/// </summary>
public static class ConversationLanguage
{
    /// <summary>The snapshot in the conversation's language, recording it in <paramref name="state"/>.</summary>
    public static KnowledgeBase Resolve(KnowledgeBase current, ConversationData state, string? activityLocale)
    {
        var language = state.LanguageChosen || string.IsNullOrWhiteSpace(activityLocale)
            ? current.In(state.Language)
            : current.In(activityLocale);
        Remember(state, language, state.LanguageChosen);
        return language;
    }

    /// <summary>Stores the language; the source language by default is stored as nothing, as older state had it.</summary>
    public static void Remember(ConversationData state, KnowledgeBase language, bool chosen)
    {
        state.LanguageChosen = chosen;
        state.Language = !chosen && language.Locale == KnowledgeBase.SourceLocale ? null : language.Locale;
    }
}
