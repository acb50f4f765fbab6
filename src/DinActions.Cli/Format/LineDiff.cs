using System.Text;
using DinActions.Diagnostics;

namespace DinActions.Cli.Format;

/// <summary>A small line diff between a file and its canonical form, with invisible characters made visible.</summary>
internal static class LineDiff
{
    // Past this many line pairs the diff shows the two texts whole instead of aligning them.
    private const long MaxCells = 1_000_000;

    public static string Render(string path, string original, string formatted)
    {
        var before = SplitLines(original);
        var after = SplitLines(formatted);
        var diff = new StringBuilder();
        diff.Append("--- ").Append(path).Append('\n');
        diff.Append("+++ ").Append(path).Append(" (formatted)\n");
        if ((long)before.Length * after.Length > MaxCells)
        {
            Append(diff, '-', before);
            Append(diff, '+', after);
            return diff.ToString();
        }

        // Longest common subsequence, then walk it: lines only in the original are removed, only in the result added.
        var common = new int[before.Length + 1, after.Length + 1];
        for (var i = before.Length - 1; i >= 0; i--)
        {
            for (var j = after.Length - 1; j >= 0; j--)
            {
                common[i, j] = before[i] == after[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var (x, y) = (0, 0);
        while (x < before.Length || y < after.Length)
        {
            if (x < before.Length && y < after.Length && before[x] == after[y])
            {
                diff.Append(' ').Append(Visible(before[x++])).Append('\n');
                y++;
            }
            else if (x < before.Length && (y == after.Length || common[x + 1, y] >= common[x, y + 1]))
            {
                diff.Append('-').Append(Visible(before[x++])).Append('\n');
            }
            else
            {
                diff.Append('+').Append(Visible(after[y++])).Append('\n');
            }
        }

        return diff.ToString();
    }

    /// <summary>Lines with their line breaks kept, so a changed line ending shows as a changed line.</summary>
    private static string[] SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] == '\n' || (text[index] == '\r' && (index + 1 >= text.Length || text[index + 1] != '\n')))
            {
                lines.Add(text[start..(index + 1)]);
                start = index + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return [.. lines];
    }

    private static void Append(StringBuilder diff, char sign, string[] lines)
    {
        foreach (var line in lines)
        {
            diff.Append(sign).Append(Visible(line)).Append('\n');
        }
    }

    private static string Visible(string line)
    {
        var text = line.EndsWith('\n') ? line[..^1] : line;
        var visible = new StringBuilder(PrintableText.Escape(text), text.Length + 32);
        if (!line.EndsWith('\n') && !line.EndsWith('\r'))
        {
            visible.Append(" (no line break at end)");
        }

        return visible.ToString();
    }
}
