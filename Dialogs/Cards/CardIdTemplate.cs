using System.Text;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>
/// A question card differs between conversations only by its card id (carried by every button so stale presses
/// can be told apart). So it is rendered once with <see cref="Placeholder"/> in place of the id, and each send
/// copies that JSON with the conversation's id put in.
/// </summary>
public static class CardIdTemplate
{
    /// <summary>Plain ASCII that JSON leaves as it is and no content or card id contains.</summary>
    public const string Placeholder = "@@card-id@@";

    private static readonly byte[] PlaceholderUtf8 = Encoding.UTF8.GetBytes(Placeholder);

    public static byte[] Fill(byte[] template, string cardId)
    {
        var id = Encoding.UTF8.GetBytes(cardId);
        var count = 0;
        for (var at = template.AsSpan().IndexOf(PlaceholderUtf8); at >= 0; at = NextAfter(template, at))
        {
            count++;
        }

        var filled = new byte[template.Length + (count * (id.Length - PlaceholderUtf8.Length))];
        var source = template.AsSpan();
        var target = filled.AsSpan();
        for (var at = source.IndexOf(PlaceholderUtf8); at >= 0; at = source.IndexOf(PlaceholderUtf8))
        {
            source[..at].CopyTo(target);
            id.CopyTo(target[at..]);
            target = target[(at + id.Length)..];
            source = source[(at + PlaceholderUtf8.Length)..];
        }

        source.CopyTo(target);
        return filled;
    }

    private static int NextAfter(byte[] template, int at)
    {
        var start = at + PlaceholderUtf8.Length;
        var next = template.AsSpan(start).IndexOf(PlaceholderUtf8);
        return next < 0 ? -1 : start + next;
    }
}
