using GuidanceBot.Knowledge.Text;

namespace GuidanceBot.Knowledge.Validation;

/// <summary>
/// "Did you mean" suggestions for misspelt field names and ids in content: the closest candidate within a small
/// edit distance (1 for short words, 2 or a third of the word), counted as the description reader counts typos.
/// </summary>
public static class Spelling
{
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        var allowance = Math.Max(word.Length >= 5 ? 2 : 1, word.Length / 3);
        var lower = word.ToLowerInvariant();
        string? best = null;
        var bestDistance = allowance + 1;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance.Between(lower, candidate.ToLowerInvariant(), allowance);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }
}
