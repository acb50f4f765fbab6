using System.Text;

namespace DinActions.Cli.Lint;

/// <summary>The source line under a diagnostic, made safe to print, with a caret line that points at the span.</summary>
internal static class SourceExcerpt
{
    // Long lines are cut to a window around the span, so a 1 MB line prints as one readable line.
    private const int Window = 100;
    private const int Context = 40;

    /// <summary>The printable excerpt and the caret line under it, both starting at the same column.</summary>
    public static (string Line, string Carets) Render(string sourceLine, int column, int length)
    {
        var start = Math.Clamp(column - 1, 0, sourceLine.Length);
        var windowStart = sourceLine.Length <= Window ? 0 : Math.Clamp(start - Context, 0, Math.Max(0, sourceLine.Length - Window));
        var windowEnd = Math.Min(sourceLine.Length, windowStart + Window);

        var line = new StringBuilder(Window + 2);
        if (windowStart > 0)
        {
            line.Append('…');
        }

        foreach (var c in sourceLine.AsSpan(windowStart, windowEnd - windowStart))
        {
            // One printable character per UTF-16 unit keeps the caret under the right column.
            line.Append(c == '\t' ? ' ' : char.IsControl(c) || char.IsSurrogate(c) && !char.IsLetterOrDigit(c) ? '·' : c);
        }

        if (windowEnd < sourceLine.Length)
        {
            line.Append('…');
        }

        var caretStart = start - windowStart + (windowStart > 0 ? 1 : 0);
        var caretLength = Math.Clamp(length, 1, Math.Max(1, windowEnd - start));
        var carets = new string(' ', caretStart) + '^' + new string('~', caretLength - 1);
        return (line.ToString(), carets);
    }
}
