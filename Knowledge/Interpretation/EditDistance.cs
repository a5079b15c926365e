namespace GuidanceBot.Knowledge.Interpretation;

/// <summary>
/// Whether two words are within a few typos of each other, counting an inserted, deleted or replaced letter, or
/// two neighbours swapped ("cooperaitve"), as one typo each (optimal string alignment distance).
/// </summary>
internal static class EditDistance
{
    private const int MaxLength = 64;

    public static bool AtMost(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (a.Length > MaxLength || b.Length > MaxLength)
        {
            return false;
        }

        // Three rolling rows of the usual table, on the stack.
        Span<int> twoBack = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, twoBack[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return false;
            }

            var recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length] <= limit;
    }
}
