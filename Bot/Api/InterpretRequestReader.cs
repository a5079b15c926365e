using System.Text.Json;
using GuidanceBot.Knowledge.Context;

namespace GuidanceBot.Bot.Api;

/// <summary>
/// Reads the body of <c>POST /api/guidance/interpret</c>: <c>{ "text": "...", "locale": "en-US" }</c>. The text is
/// required, at most <see cref="MaxTextLength"/> characters; the locale is optional. Every refused field is
/// collected; no field's content ever goes to a log.
/// </summary>
public static class InterpretRequestReader
{
    public const int MaxTextLength = 2000;
    public const int MaxLocaleLength = RequestLocale.MaxLength;

    public static (string Text, string? Locale) Read(JsonElement json, List<InvalidField> invalid)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            invalid.Add(new InvalidField("(body)", "should be a JSON object such as {\"text\": \"We support refugees who...\", \"locale\": \"en\"}."));
            return ("", null);
        }

        string? text = null;
        string? locale = null;
        foreach (var property in json.EnumerateObject())
        {
            switch (property.Name)
            {
                case "text":
                    text = String(property, invalid);
                    break;
                case "locale":
                    locale = String(property, invalid);
                    break;
                default:
                    invalid.Add(new InvalidField(property.Name, "is not a field of this request; send only text and locale."));
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            if (!invalid.Exists(field => field.Field == "text"))
            {
                invalid.Add(new InvalidField("text", "is required: the description to read, in a few sentences."));
            }
        }
        else if (text.Length > MaxTextLength)
        {
            invalid.Add(new InvalidField("text", $"is too long ({text.Length} characters); describe the situation in at most {MaxTextLength}."));
        }

        RequestLocale.Check(locale, invalid);

        return (text ?? "", string.IsNullOrWhiteSpace(locale) ? null : locale);
    }

    private static string? String(JsonProperty property, List<InvalidField> invalid)
    {
        switch (property.Value.ValueKind)
        {
            case JsonValueKind.String:
                return property.Value.GetString();
            case JsonValueKind.Null:
                return null;
            default:
                invalid.Add(new InvalidField(property.Name, "should be a text value."));
                return null;
        }
    }
}
