namespace GuidanceBot.Knowledge.Text;

/// <summary>
/// How many typos apart two words are, counting an inserted, deleted or replaced letter, or two neighbours swapped
/// ("cooperaitve", the commonest typo), as one each (optimal string alignment distance). The description reader and
/// the choice recognizer share it, each with its own allowance per word length.
/// </summary>
public static class EditDistance
{
    /// <summary>The distance, or <paramref name="limit"/> + 1 as soon as it is certain to exceed the limit.</summary>
    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        // Three rolling rows of the usual table, on the stack for words of ordinary length.
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 768 ? stackalloc int[width * 3] : new int[width * 3];
        var twoBack = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(width * 2, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, twoBack[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            var recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], limit + 1);
    }

    public static bool AtMost(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit) => Between(a, b, limit) <= limit;
}
