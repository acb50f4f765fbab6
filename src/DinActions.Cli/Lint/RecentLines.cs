using System.Collections.Immutable;
using System.Numerics;

namespace DinActions.Cli.Lint;

/// <summary>
/// The diagnostics of lines already checked in this run, for <c>din lint --lines</c>. A log of served
/// actions says the same few things again and again (the same greeting, the same voicemail), and a
/// line's diagnostics depend on nothing but its text and the options, so a line seen before is not
/// parsed again.
/// </summary>
/// <remarks>
/// <para>
/// A line is kept only when it comes a second time: a fixed table of hash codes remembers what was
/// seen. Keeping every new line would promote each one through the garbage collector's generations
/// only to drop it later, which costs more than checking the line again when most lines are unique.
/// </para>
/// <para>
/// Memory is bounded whatever the input: a fixed number of slots, each holding one short line with few
/// diagnostics; a line that lands on a taken slot replaces what was there.
/// </para>
/// </remarks>
internal sealed class RecentLines
{
    /// <summary>Longer lines are checked every time: they are rarely repeated and would take the room of many.</summary>
    public const int MaxLineLength = 200;

    /// <summary>Lines with more diagnostics are checked every time, so that no line holds much memory.</summary>
    public const int MaxDiagnostics = 4;

    private readonly ActionValidator validator;
    private readonly Entry[] lines;
    private readonly int[] seen;

    /// <summary>Creates an empty memory of lines checked with <paramref name="options"/>.</summary>
    /// <param name="options">The options every line of the run is checked with.</param>
    /// <param name="capacity">How many lines are kept at most; rounded up to a power of two.</param>
    public RecentLines(ValidationOptions options, int capacity = 8_192)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        validator = new ActionValidator(options);
        lines = new Entry[BitOperations.RoundUpToPowerOf2((uint)capacity)];
        seen = new int[lines.Length * 8];
    }

    /// <summary>How many lines can be kept at most.</summary>
    public int Capacity => lines.Length;

    /// <summary>How many lines are kept now.</summary>
    public int Count => lines.Count(entry => entry.Line is not null);

    /// <summary>
    /// The diagnostics of <paramref name="line"/> as a one-line document: what
    /// <see cref="ActionScript.Validate(string, ValidationOptions?)"/> gives for it with the run's options.
    /// </summary>
    /// <param name="line">The line, without its break.</param>
    /// <param name="text">The line as a string, for reports: the one kept when the line was seen before, so a repeated line makes none.</param>
    public ImmutableArray<Diagnostic> Validate(ReadOnlySpan<char> line, out string text)
    {
        if (line.Length > MaxLineLength)
        {
            text = line.ToString();
            return validator.Validate(text);
        }

        var hash = string.GetHashCode(line);
        ref var entry = ref lines[hash & (lines.Length - 1)];
        // The hash code first: reading the kept string of another line would cost a cache miss on most lines.
        if (entry.Hash == hash && entry.Line is { } kept && line.SequenceEqual(kept))
        {
            entry.WasUsed = true;
            text = kept;
            return entry.Diagnostics;
        }

        text = line.ToString();
        var diagnostics = validator.Validate(text);
        ref var sighting = ref seen[hash & (seen.Length - 1)];
        if (sighting != hash)
        {
            sighting = hash;
        }
        else if (entry.WasUsed)
        {
            // A second chance: a line that is still being used keeps its slot until it goes unused for a turn.
            entry.WasUsed = false;
        }
        else if (diagnostics.Length <= MaxDiagnostics)
        {
            entry = new Entry { Hash = hash, Line = text, Diagnostics = diagnostics };
        }

        return diagnostics;
    }

    private struct Entry
    {
        public int Hash;
        public string? Line;
        public ImmutableArray<Diagnostic> Diagnostics;
        public bool WasUsed;
    }
}
