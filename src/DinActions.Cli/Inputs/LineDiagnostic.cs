namespace DinActions.Cli.Inputs;

/// <summary>
/// Diagnostics of a line checked as a document of its own (<c>din lint --lines</c>, a <c>"lines": true</c> file),
/// placed where the line is in its input.
/// </summary>
internal static class LineDiagnostic
{
    /// <summary>
    /// <paramref name="diagnostic"/> and its fix, moved to line <paramref name="lineNumber"/> and shifted by
    /// <paramref name="lineOffset"/>: the line's start in the input, or 0 for a report that keeps each line's own offsets.
    /// </summary>
    public static Diagnostic Place(Diagnostic diagnostic, int lineNumber, int lineOffset)
    {
        SourceSpan Move(SourceSpan span) => span with { Offset = span.Offset + lineOffset, Line = lineNumber };
        return diagnostic with
        {
            Span = Move(diagnostic.Span),
            Fix = diagnostic.Fix is { } fix ? fix with { Edit = fix.Edit with { Span = Move(fix.Edit.Span) } } : null,
        };
    }
}
