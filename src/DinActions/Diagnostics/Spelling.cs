namespace DinActions.Diagnostics;

/// <summary>Did-you-mean suggestions: the closest candidate to a misspelt word, if one is close enough.</summary>
internal static class Spelling
{
    // Beyond this length a word is not a typo of a short keyword, and the distance table would cost too much.
    private const int MaxWordLength = 64;

    /// <summary>
    /// The candidate that <paramref name="word"/> most likely misspells: a case-insensitive match first,
    /// then the single closest candidate within an edit distance that grows with the word's length.
    /// </summary>
    public static string? Suggest(ReadOnlySpan<char> word, IEnumerable<string> candidates)
    {
        if (word.IsEmpty || word.Length > MaxWordLength)
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        var allowed = word.Length <= 3 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        var tied = false;
        foreach (var candidate in candidates)
        {
            var distance = Distance(word, candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance, tied) = (candidate, distance, false);
            }
            else if (distance == bestDistance)
            {
                tied = true;
            }
        }

        return bestDistance <= allowed && bestDistance < word.Length && !tied ? best : null;
    }

    /// <summary>Optimal string alignment distance, ignoring case: insertions, deletions, substitutions and adjacent swaps.</summary>
    internal static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var rows = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            rows[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                var best = Math.Min(Math.Min(rows[i - 1, j] + 1, rows[i, j - 1] + 1), rows[i - 1, j - 1] + cost);
                if (i > 1 && j > 1
                    && char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 2])
                    && char.ToLowerInvariant(a[i - 2]) == char.ToLowerInvariant(b[j - 1]))
                {
                    best = Math.Min(best, rows[i - 2, j - 2] + 1);
                }

                rows[i, j] = best;
            }
        }

        return rows[a.Length, b.Length];
    }
}
