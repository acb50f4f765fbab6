using System.Collections.Immutable;
using System.Text;
using DinActions.Cli.Inputs;

namespace DinActions.Cli.Format;

/// <summary>
/// What formatting a <c>lines</c> file gave: the text with every line in canonical form, or, when a line cannot be
/// formatted, null and what stopped it. A file is formatted whole or not at all, as a script is.
/// </summary>
/// <param name="Text">The formatted text; null when some line has errors or cannot be read as an action.</param>
/// <param name="Errors">The errors of every line, each placed on its line and at its offset in the whole text.</param>
/// <param name="UnreadableLines">The one-based numbers of lines without errors that still cannot be read as an action (a rule that would refuse them is off).</param>
internal sealed record LinesFormatted(string? Text, ImmutableArray<Diagnostic> Errors, ImmutableArray<int> UnreadableLines)
{
    /// <summary>Why the text was not formatted, in a few words: the count of errors and the first of them, or the first unreadable line.</summary>
    public string Reason() => Errors.IsEmpty
        ? $"line {UnreadableLines.FirstOrDefault()} cannot be read as an action"
        : $"{Errors.Length} error{(Errors.Length == 1 ? string.Empty : "s")}, the first {Errors[0]}";
}

/// <summary>
/// Formats a file whose every line is a document of its own (<c>"lines": true</c>, a log of served actions): each
/// line as <c>din fmt</c> formats a one-line file, split as <c>din lint --lines</c> splits it.
/// </summary>
internal static class LineFormatting
{
    /// <summary>
    /// Every line of <paramref name="text"/> in canonical form, each ended with <c>\n</c> where it had a break: the
    /// canonical break, as a script's. A last line without a break stays without one.
    /// </summary>
    public static LinesFormatted Format(string text, ActionValidator validator)
    {
        var formatted = new StringBuilder(text.Length);
        var errors = ImmutableArray.CreateBuilder<Diagnostic>();
        var unreadable = ImmutableArray.CreateBuilder<int>();
        var (lineNumber, lineOffset) = (0, 0);
        var lines = LineSplitter.Of(new StringReader(text));
        while (lines.TryRead(out var line, out var breakLength))
        {
            lineNumber++;
            if (validator.TryFormat(line.ToString(), out var canonical, out var diagnostics))
            {
                formatted.Append(canonical);
                if (breakLength > 0)
                {
                    formatted.Append('\n');
                }
            }
            else
            {
                var lineErrors = diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToArray();
                if (lineErrors.Length == 0)
                {
                    unreadable.Add(lineNumber);
                }

                errors.AddRange(lineErrors.Select(error => LineDiagnostic.Place(error, lineNumber, lineOffset)));
            }

            lineOffset += line.Length + breakLength;
        }

        var failed = errors.Count > 0 || unreadable.Count > 0;
        return new LinesFormatted(failed ? null : formatted.ToString(), errors.DrainToImmutable(), unreadable.DrainToImmutable());
    }
}
