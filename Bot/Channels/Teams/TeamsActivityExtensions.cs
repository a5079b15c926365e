using System.Net;
using System.Text.Json;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Bot.Channels.Teams;

/// <summary>Teams-specific reading of an activity (protocol.md §4.5).</summary>
public static class TeamsActivityExtensions
{
    private const string MentionType = "mention";

    /// <summary>
    /// Removes every @mention of the bot itself (mention entities whose <c>mentioned.id</c> is the activity's
    /// <c>recipient.id</c>) from <c>text</c>, then trims. Other people's mentions stay. Matching is
    /// case-insensitive; an entity without <c>text</c> is matched as <c>&lt;at&gt;name&lt;/at&gt;</c>, with the
    /// name as written or HTML-escaped as Teams sends it. Returns the new text.
    /// </summary>
    public static string? RemoveRecipientMention(this Activity activity)
    {
        var recipientId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(activity.Text) || string.IsNullOrEmpty(recipientId) || activity.Entities is not { Count: > 0 } entities)
        {
            return activity.Text;
        }

        var text = activity.Text;
        var removed = false;
        foreach (var entity in entities)
        {
            if (!IsMentionOf(entity, recipientId))
            {
                continue;
            }

            foreach (var mentionText in MentionTexts(entity))
            {
                removed |= RemoveEach(ref text, mentionText);
            }
        }

        if (removed)
        {
            activity.Text = text.Trim();
        }

        return activity.Text;
    }

    private static bool IsMentionOf(Entity entity, string recipientId) =>
        string.Equals(entity.Type, MentionType, StringComparison.OrdinalIgnoreCase)
        && entity.Get("mentioned") is { ValueKind: JsonValueKind.Object } mentioned
        && mentioned.TryGetProperty("id", out var id)
        && id.ValueKind == JsonValueKind.String
        && string.Equals(id.GetString(), recipientId, StringComparison.Ordinal);

    private static IEnumerable<string> MentionTexts(Entity entity)
    {
        if (entity.Get("text") is { ValueKind: JsonValueKind.String } text && text.GetString() is { Length: > 0 } written)
        {
            yield return written;
        }

        if (entity.Get("mentioned")?.TryGetProperty("name", out var name) == true
            && name.ValueKind == JsonValueKind.String
            && name.GetString() is { Length: > 0 } plain)
        {
            yield return $"<at>{plain}</at>";
            var escaped = WebUtility.HtmlEncode(plain);
            if (!string.Equals(escaped, plain, StringComparison.Ordinal))
            {
                yield return $"<at>{escaped}</at>";
            }
        }
    }

    /// <summary>Removes each occurrence, and the space after it when it sat between two spaces ("a @bot b" → "a b").</summary>
    private static bool RemoveEach(ref string text, string mention)
    {
        var removed = false;
        int index;
        while ((index = text.IndexOf(mention, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = index + mention.Length;
            var spaceBefore = index == 0 || char.IsWhiteSpace(text[index - 1]);
            if (spaceBefore && end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            text = string.Concat(text.AsSpan(0, index), text.AsSpan(end));
            removed = true;
        }

        return removed;
    }
}
