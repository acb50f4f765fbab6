using System.Buffers;
using System.Globalization;
using System.Text.Unicode;
using DinActions.Cli.Inputs;
using DinActions.Syntax;

namespace DinActions.Cli.Lint;

/// <summary>
/// <c>din lint --lines</c>: every line of an input is a document of its own, as in a log of the
/// actions a server answered. Lines are read, checked and reported one at a time, so memory stays
/// flat whatever the input's size.
/// </summary>
/// <remarks>
/// A file's lines are split as bytes and decoded one by one, so that a line that is not UTF-8 (a served log is not
/// always clean) gets its own DIN0060 with its line and byte offset, and every other line is checked. Offsets count
/// UTF-16 characters from the start of the input, as a long: a log can be larger than 2 GB. A line that is not UTF-8
/// counts as the characters it shows, with U+FFFD for each bad sequence.
/// </remarks>
internal static class LineAudit
{
    private const int ProgressEvery = 100_000;

    public static void Run(InputFile input, TextReader standardInput, RecentLines recentLines, LintReporter reporter, LintSummary summary, TextWriter? progress)
    {
        var audit = new Audit(input, recentLines, reporter, summary, progress);
        try
        {
            if (input.IsStandardInput)
            {
                summary.CountFile();
                audit.Characters(LineSplitter.Of(standardInput));
            }
            else
            {
                using var stream = input.OpenBytes();
                summary.CountFile();
                audit.Bytes(LineSplitter.Of(stream));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var at = audit.LineNumber > 0 ? string.Create(CultureInfo.InvariantCulture, $" at line {audit.LineNumber + 1}") : string.Empty;
            var problem = InputFile.Describe(exception) + at;
            summary.Unreadable.Add((input.Path, problem));
            reporter.Unreadable(input.Path, problem);
        }

        audit.EndProgress();
    }

    private sealed class Audit(InputFile input, RecentLines recentLines, LintReporter reporter, LintSummary summary, TextWriter? progress)
    {
        private char[] characters = new char[256];
        private long offset;
        private long byteOffset;

        public int LineNumber { get; private set; }

        public void Characters(LineSplitter<char> lines)
        {
            while (lines.TryRead(out var line, out var breakLength))
            {
                Check(line);
                offset += line.Length + breakLength;
            }
        }

        public void Bytes(LineSplitter<byte> lines)
        {
            while (lines.TryRead(out var line, out var breakLength))
            {
                if (characters.Length < line.Length)
                {
                    characters = new char[Math.Max(line.Length, characters.Length * 2)];
                }

                if (Utf8.ToUtf16(line, characters, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
                {
                    Check(characters.AsSpan(0, written));
                    offset += written + breakLength;
                }
                else
                {
                    LineNumber++;
                    summary.CountDocument();
                    var notUtf8 = Utf8Source.DecodeLine(line, out var shown, LineNumber, byteOffset)!;
                    summary.Count(notUtf8);
                    reporter.Report(input.Path, shown, notUtf8, offset);
                    offset += shown.Length + breakLength;
                    ShowProgress();
                }

                byteOffset += line.Length + breakLength;
            }
        }

        public void EndProgress()
        {
            if (progress is not null && LineNumber >= ProgressEvery)
            {
                progress.Write("\r\u001b[K");
            }
        }

        private void Check(ReadOnlySpan<char> line)
        {
            LineNumber++;
            summary.CountDocument();
            foreach (var diagnostic in recentLines.Validate(line, out var text))
            {
                summary.Count(diagnostic);
                reporter.Report(input.Path, text, LineDiagnostic.Place(diagnostic, LineNumber, lineOffset: 0), offset);
            }

            ShowProgress();
        }

        private void ShowProgress()
        {
            if (progress is not null && LineNumber % ProgressEvery == 0)
            {
                progress.Write(string.Create(CultureInfo.InvariantCulture, $"\r{input.Path}: {LineNumber:N0} lines"));
            }
        }
    }
}
