using System.Text.Json;
using System.Text.RegularExpressions;
using DinActions.Cli.Lint;
using DinActions.Diagnostics;

namespace DinActions.Fuzz.Targets;

/// <summary>
/// The machine-readable lint reports on any path (lone surrogates and control characters included) and any
/// diagnostics, one made up from the input's own words besides those the text really has: the output is
/// one well-formed JSON document with one entry per diagnostic, in order, its path written well-formed and
/// its offsets counted past 2 GB as <c>--lines</c> counts them.
/// </summary>
internal static partial class ReportersTarget
{
    public static void Run(byte[] data)
    {
        var (path, text) = FuzzInput.Split(FuzzInput.Text(data));
        var lines = LineBreak().Split(text);
        var diagnostics = ActionScript.Validate(text).Append(MadeUp(text, path)).ToArray();

        // Far past int.MaxValue, and different for every input length, as the offset of a line of a long log.
        var lineOffset = ((long)data.Length << 31) + data.Length;

        using (var output = new StringWriter())
        {
            using (var reporter = new JsonLintReporter(output, TextWriter.Null))
            {
                Report(reporter, path, lines, diagnostics, lineOffset);
            }

            using var document = ParseJson(output.ToString(), "JSON");
            var entries = document.RootElement.GetProperty("diagnostics").EnumerateArray().ToArray();
            Invariant.Holds(entries.Length == diagnostics.Length, $"the JSON report has {diagnostics.Length} diagnostics, not {entries.Length}");
            for (var i = 0; i < entries.Length; i++)
            {
                Invariant.Holds(entries[i].GetProperty("path").GetString() == PrintableText.WellFormed(path), "the JSON report writes the path well-formed");
                Invariant.Holds(entries[i].GetProperty("code").GetString() == PrintableText.WellFormed(diagnostics[i].Code), "the JSON report keeps each code, well-formed");
                Invariant.Holds(entries[i].GetProperty("message").GetString() == PrintableText.WellFormed(diagnostics[i].Message), "the JSON report keeps each message, well-formed");
                Invariant.Holds(
                    entries[i].GetProperty("offset").GetInt64() == lineOffset + diagnostics[i].Span.Offset,
                    "the JSON report counts offsets from the start of the input, in 64 bits");
            }
        }

        using (var output = new StringWriter())
        {
            using (var reporter = new SarifLintReporter(output, TextWriter.Null))
            {
                Report(reporter, path, lines, diagnostics, lineOffset);
            }

            using var document = ParseJson(output.ToString(), "SARIF");
            var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
            Invariant.Holds(results.Length == diagnostics.Length, $"the SARIF log has {diagnostics.Length} results, not {results.Length}");
            for (var i = 0; i < results.Length; i++)
            {
                Invariant.Holds(results[i].GetProperty("ruleId").GetString() == PrintableText.WellFormed(diagnostics[i].Code), "the SARIF log keeps each rule id, well-formed");
                var uri = results[i].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
                // A path of no segment ("", "./") is the current folder: the empty relative reference.
                var named = path.Split('/', '\\').Any(segment => segment is not ("" or "."));
                Invariant.Holds(uri is not null && (uri.Length > 0 || !named) && !FuzzInput.HasControl(uri), $"the SARIF log names the file with a printable URI: {FuzzInput.Show(uri ?? string.Empty)}");
            }
        }
    }

    private static void Report(LintReporter reporter, string path, string[] lines, Diagnostic[] diagnostics, long lineOffset)
    {
        var summary = new LintSummary();
        summary.CountFile();
        foreach (var diagnostic in diagnostics)
        {
            summary.Count(diagnostic);
            reporter.Report(path, lines[Math.Min(diagnostic.Span.Line, lines.Length) - 1], diagnostic, lineOffset);
        }

        reporter.Complete(summary);
    }

    /// <summary>A diagnostic no rule writes: the path as its code and title, the text as its message, on the text's last character.</summary>
    private static Diagnostic MadeUp(string text, string words)
    {
        var lines = LineBreak().Split(text);
        var lastLine = lines[^1];
        var span = new SourceSpan(text.Length - Math.Min(1, lastLine.Length), Math.Min(1, lastLine.Length), lines.Length, Math.Max(1, lastLine.Length));
        return new Diagnostic(
            words.Length == 0 ? "DIN9999" : words,
            (DiagnosticSeverity)(text.Length % 3),
            span,
            text,
            new Fix(words, new TextEdit(span, text)));
    }

    private static JsonDocument ParseJson(string json, string format)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new InvariantException($"the {format} report is well-formed JSON: {exception.Message}");
        }
    }

    [GeneratedRegex("\r\n|\r|\n")]
    private static partial Regex LineBreak();
}
