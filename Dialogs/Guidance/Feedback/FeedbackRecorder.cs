using GuidanceBot.Dialogs.State;

namespace GuidanceBot.Dialogs.Guidance.Feedback;

/// <summary>
/// Adds one rating to the shared summary (one stored document, updated under its ETag so concurrent ratings
/// from several conversations or instances all count).
/// </summary>
public sealed class FeedbackRecorder(IStorage storage, TimeProvider clock)
{
    public const string Key = "feedback/summary";
    private const int MaxCommentLength = 1000;
    private const int Attempts = 5;

    private readonly StateAccessor<FeedbackSummary> _summary = new(storage, FeedbackJsonContext.Default.FeedbackSummary, () => new FeedbackSummary());

    public async Task RecordAsync(string reaction, string? comment, IReadOnlyList<string> items, CancellationToken cancellationToken)
    {
        var liked = reaction == "like";
        var text = comment?.Trim() is { Length: > 0 } trimmed ? trimmed[..Math.Min(trimmed.Length, MaxCommentLength)] : null;
        for (var attempt = 1; ; attempt++)
        {
            var entry = await _summary.LoadAsync(Key, cancellationToken).ConfigureAwait(false);
            foreach (var item in items.Count > 0 ? items : ["(none)"])
            {
                var counts = entry.Value.Items.TryGetValue(item, out var existing) ? existing : entry.Value.Items[item] = new ItemFeedback();
                if (liked)
                {
                    counts.Likes++;
                }
                else
                {
                    counts.Dislikes++;
                }

                counts.Comments += text is null ? 0 : 1;
            }

            if (text is not null)
            {
                entry.Value.Comments.Add(new FeedbackComment { At = clock.GetUtcNow(), Reaction = liked ? "like" : "dislike", Text = text, Items = [.. items] });
                if (entry.Value.Comments.Count > FeedbackSummary.CommentsKept)
                {
                    entry.Value.Comments.RemoveRange(0, entry.Value.Comments.Count - FeedbackSummary.CommentsKept);
                }
            }

            try
            {
                await _summary.SaveAsync(entry, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (EtagException) when (attempt < Attempts)
            {
                // Another rating landed first; count this one on top of it.
            }
        }
    }

    public async Task<FeedbackSummary> ReadAsync(CancellationToken cancellationToken) =>
        (await _summary.LoadAsync(Key, cancellationToken).ConfigureAwait(false)).Value;
}
