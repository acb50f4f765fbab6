using System.Text;
using DinActions.Diagnostics;

namespace DinActions.Cli.Lint;

/// <summary>The source line under a diagnostic, made safe to print, with a caret line that points at the span.</summary>
/// <remarks>
/// A terminal gives most characters one column, but two to the wide characters of Chinese, Japanese and
/// Korean (and to fullwidth forms), and none to combining marks. The caret line follows what the terminal
/// draws, not the count of UTF-16 units, so it stays under the span on a line of Japanese text.
/// </remarks>
internal static class SourceExcerpt
{
    // Long lines are cut to a window around the span, so a 1 MB line prints as one readable line.
    private const int Window = 100;
    private const int Context = 40;

    /// <summary>The printable excerpt and the caret line under it, both starting at the same column.</summary>
    public static (string Line, string Carets) Render(string sourceLine, int column, int length)
    {
        var start = Math.Clamp(column - 1, 0, sourceLine.Length);
        var end = Math.Clamp(start + Math.Max(length, 0), start, sourceLine.Length);
        var windowStart = sourceLine.Length <= Window ? 0 : Math.Clamp(start - Context, 0, Math.Max(0, sourceLine.Length - Window));
        var windowEnd = Math.Min(sourceLine.Length, windowStart + Window);

        var line = new StringBuilder(Window + 2);
        var carets = new StringBuilder(Window + 2);
        if (windowStart > 0)
        {
            line.Append('…');
            carets.Append(' ');
        }

        var caretPlaced = false;
        for (var index = windowStart; index < windowEnd; index++)
        {
            var c = sourceLine[index];
            var (shown, width) = PrintableText.ExcerptCell(c);
            line.Append(shown);
            if (index < start)
            {
                carets.Append(' ', width);
            }
            else if (index < end && width > 0)
            {
                carets.Append(caretPlaced ? '~' : '^').Append('~', width - 1);
                caretPlaced = true;
            }
        }

        if (windowEnd < sourceLine.Length)
        {
            line.Append('…');
        }

        // An empty span, or one past the end of the line, still gets its caret where it starts.
        if (!caretPlaced)
        {
            carets.Append('^');
        }

        return (line.ToString(), carets.ToString());
    }
}
