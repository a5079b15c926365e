using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GuidanceBot.Dialogs.Protocol;

/// <summary>
/// The Bot Framework Activity, with the fields this bot reads or writes (protocol.md §1.3).
/// Raw-JSON fields (<c>value</c>, <c>channelData</c>) stay as JSON, and unknown fields land in
/// <see cref="Properties"/>, so an activity survives a round trip unchanged.
/// </summary>
public sealed class Activity
{
    public string Type { get; set; } = "";
    public string? Id { get; set; }
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public string? TopicName { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<Entity>? Entities { get; set; }
    public JsonNode? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    public JsonNode? Value { get; set; }
    public string? Name { get; set; }
    public string? Code { get; set; }
    public string? DeliveryMode { get; set; }

    /// <summary>Never trusted from the wire and never sent (A2250/A2251); derived from the validated token instead.</summary>
    [JsonIgnore]
    public string? CallerId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.Ordinal);

    /// <summary>
    /// A reply addressed back to the sender (protocol.md §1.8): from/recipient swapped, conversation and
    /// locale copied, <c>replyToId</c> set except for Direct Line conversationUpdates.
    /// </summary>
    public Activity CreateReply(string? text = null)
    {
        var directLineJoin = IsType(ActivityTypes.ConversationUpdate)
            && ChannelId is "directline" or "webchat";
        return new Activity
        {
            Type = ActivityTypes.Message,
            From = Recipient is null ? null : new ChannelAccount(Recipient.Id, Recipient.Name),
            Recipient = From is null ? null : new ChannelAccount(From.Id, From.Name),
            Conversation = Conversation is null ? null : new ConversationAccount(Conversation.Id)
            {
                Name = Conversation.Name,
                IsGroup = Conversation.IsGroup,
                ConversationType = Conversation.ConversationType,
                TenantId = Conversation.TenantId,
            },
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl,
            ReplyToId = directLineJoin ? null : Id,
            Locale = Locale,
            Text = text,
        };
    }

    /// <summary>Addresses <paramref name="outgoing"/> to this activity's conversation where the caller left fields empty.</summary>
    public void ApplyConversationTo(Activity outgoing)
    {
        var template = CreateReply();
        outgoing.From ??= template.From;
        outgoing.Recipient ??= template.Recipient;
        outgoing.Conversation ??= template.Conversation;
        outgoing.ChannelId ??= template.ChannelId;
        outgoing.ServiceUrl ??= template.ServiceUrl;
        outgoing.Locale ??= template.Locale;
        if (outgoing.ReplyToId is null && !outgoing.IsType(ActivityTypes.Typing))
        {
            outgoing.ReplyToId = template.ReplyToId;
        }
    }

    public ConversationReference GetConversationReference() => new(
        ChannelId ?? "",
        ServiceUrl ?? "",
        Conversation?.Id ?? "",
        Recipient,
        From,
        Id);
}
