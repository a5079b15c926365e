using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Context;

namespace GuidanceBot.Bot.Api;

/// <summary>
/// The <c>locale</c> of a knowledge API request (body field or <c>?locale=</c>): a language tag such as "fr" or
/// "ar-JO" picks that language of the snapshot; a well-formed tag the content does not speak falls back to the
/// source language, and the response says which language it used (its <c>locale</c> and Content-Language).
/// </summary>
public static class RequestLocale
{
    public const int MaxLength = 35;

    public static bool IsWellFormed(string locale) =>
        locale.Length <= MaxLength && locale.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>Adds an invalid field for a malformed locale; otherwise nothing.</summary>
    public static void Check(string? locale, List<InvalidField> invalid)
    {
        if (locale is not null && !IsWellFormed(locale))
        {
            invalid.Add(new InvalidField("locale", "should be a language tag such as en, en-US, fr-FR or ar."));
        }
    }

    /// <summary>The snapshot in the requested language, named on the response as its Content-Language.</summary>
    public static KnowledgeBase Use(HttpContext http, KnowledgeBase current, string? locale)
    {
        var language = current.In(locale);
        http.Response.Headers.ContentLanguage = language.Locale;
        return language;
    }
}
