using System.Text.Json;

namespace GuidanceBot.Bot.Channels.DirectLine.Conversations;

/// <summary>
/// One stored page of a conversation's activity log: up to <see cref="ConversationStore.ActivitiesPerPage"/>
/// activities as raw JSON, so an append rewrites one small page rather than the whole transcript.
/// </summary>
public sealed record ActivityPage(List<JsonElement> Activities);
