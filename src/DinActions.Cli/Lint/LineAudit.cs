using System.Globalization;
using System.Text;
using DinActions.Cli.Inputs;

namespace DinActions.Cli.Lint;

/// <summary>
/// <c>din lint --lines</c>: every line of an input is a document of its own, as in a log of the
/// actions a server answered. Lines are read, checked and reported one at a time, so memory stays
/// flat whatever the input's size.
/// </summary>
internal static class LineAudit
{
    private const int ProgressEvery = 100_000;

    public static void Run(InputFile input, TextReader standardInput, RecentLines recentLines, LintReporter reporter, LintSummary summary, TextWriter? progress)
    {
        TextReader reader;
        try
        {
            reader = input.OpenLines(standardInput);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            Unreadable(input, exception, reporter, summary);
            return;
        }

        summary.CountFile();
        var lineNumber = 0;
        var offset = 0L;
        try
        {
            using (input.IsStandardInput ? null : reader)
            {
                var lines = new LineSplitter(reader);
                while (lines.TryRead(out var characters, out var breakLength))
                {
                    lineNumber++;
                    summary.CountDocument();
                    foreach (var diagnostic in recentLines.Validate(characters, out var line))
                    {
                        summary.Count(diagnostic);
                        reporter.Report(input.Path, line, OnLine(diagnostic, lineNumber, offset));
                    }

                    offset += characters.Length + breakLength;
                    if (progress is not null && lineNumber % ProgressEvery == 0)
                    {
                        progress.Write(string.Create(CultureInfo.InvariantCulture, $"\r{input.Path}: {lineNumber:N0} lines"));
                    }
                }
            }
        }
        catch (Exception exception) when (exception is IOException or DecoderFallbackException)
        {
            Unreadable(input, exception, reporter, summary, lineNumber + 1);
        }

        if (progress is not null && lineNumber >= ProgressEvery)
        {
            progress.Write("\r\u001b[K");
        }
    }

    /// <summary>A diagnostic of a one-line document, moved to the line it came from.</summary>
    private static Diagnostic OnLine(Diagnostic diagnostic, int lineNumber, long lineOffset)
    {
        var offset = (int)Math.Min(int.MaxValue, lineOffset);
        SourceSpan Move(SourceSpan span) => span with { Line = lineNumber, Offset = offset + span.Offset };
        return diagnostic with
        {
            Span = Move(diagnostic.Span),
            Fix = diagnostic.Fix is { } fix ? fix with { Edit = fix.Edit with { Span = Move(fix.Edit.Span) } } : null,
        };
    }

    private static void Unreadable(InputFile input, Exception exception, LintReporter reporter, LintSummary summary, int? line = null)
    {
        var problem = InputFile.Describe(exception) + (line is { } at ? string.Create(CultureInfo.InvariantCulture, $" at line {at}") : string.Empty);
        summary.Unreadable.Add((input.Path, problem));
        reporter.Unreadable(input.Path, problem);
    }
}
