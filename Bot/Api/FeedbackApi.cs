using System.Text.Json.Serialization;
using GuidanceBot.Dialogs.Guidance.Feedback;

namespace GuidanceBot.Bot.Api;

/// <summary>
/// <c>GET /api/feedback/summary</c>: how users rated the guidance, as counts per guidance item (pathway id), for
/// the content owners. Comments are kept in storage and not served here: they are users' own words.
/// </summary>
public static class FeedbackApi
{
    public static WebApplication MapFeedbackApi(this WebApplication app)
    {
        app.MapGet("/api/feedback/summary", GetSummary);
        return app;
    }

    private static async Task<IResult> GetSummary(FeedbackRecorder feedback, CancellationToken cancellationToken)
    {
        var summary = await feedback.ReadAsync(cancellationToken);
        var items = summary.Items
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new FeedbackItemCounts(pair.Key, pair.Value.Likes, pair.Value.Dislikes, pair.Value.Comments))
            .ToList();
        return Results.Json(new FeedbackSummaryResponse(items), FeedbackApiJsonContext.Default.FeedbackSummaryResponse);
    }
}

public sealed record FeedbackSummaryResponse(IReadOnlyList<FeedbackItemCounts> Items);

public sealed record FeedbackItemCounts(string Item, int Likes, int Dislikes, int Comments);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(FeedbackSummaryResponse))]
public sealed partial class FeedbackApiJsonContext : JsonSerializerContext;
