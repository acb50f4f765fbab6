using System.Text.Json;
using DinActions.Cli.Lint;
using FluentAssertions;

namespace DinActions.Cli.Tests.Lint;

/// <summary>What the JSON and SARIF reports make of inputs that strain them: paths that are not well-formed UTF-16, and offsets past 2 GB.</summary>
public sealed class ReporterInputTests
{
    private const string LoneSurrogatePath = "logs/a\uD800b.log";

    private static readonly Diagnostic Typo = new(
        DiagnosticCodes.UnknownAction, DiagnosticSeverity.Error, new SourceSpan(0, 3, 7, 1), "unknown action `Say`; did you mean `say`?",
        new Fix("Replace with `say`", new TextEdit(new SourceSpan(0, 3, 7, 1), "say")));

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void A_path_with_a_lone_surrogate_is_reported_with_U_FFFD_in_its_place(string format)
    {
        var report = Run(format, reporter =>
        {
            reporter.Report(LoneSurrogatePath, "Say en \"Hello\"", Typo);
            reporter.Unreadable(LoneSurrogatePath, "permission denied");
        });

        var text = report.RootElement.GetRawText();
        text.Should().NotContain("\\uD800", "a lone surrogate has no UTF-8, so JSON cannot carry it");
        if (format == "json")
        {
            report.RootElement.GetProperty("diagnostics")[0].GetProperty("path").GetString().Should().Be("logs/a\uFFFDb.log");
            report.RootElement.GetProperty("unreadable")[0].GetProperty("path").GetString().Should().Be("logs/a\uFFFDb.log");
        }
        else
        {
            var location = report.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0];
            location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("logs/a%EF%BF%BDb.log");
        }
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Offsets_of_a_line_past_2_GB_are_reported_whole(string format)
    {
        const long lineOffset = 3_000_000_000;

        var report = Run(format, reporter => reporter.Report("served.log", "Say en \"Hello\"", Typo with { Span = Typo.Span with { Offset = 2 } }, lineOffset));

        if (format == "json")
        {
            var diagnostic = report.RootElement.GetProperty("diagnostics")[0];
            diagnostic.GetProperty("offset").GetInt64().Should().Be(lineOffset + 2);
            diagnostic.GetProperty("fix").GetProperty("offset").GetInt64().Should().Be(lineOffset);
        }
        else
        {
            var result = report.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
            result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("charOffset").GetInt64().Should().Be(lineOffset + 2);
            result.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0].GetProperty("deletedRegion")
                .GetProperty("charOffset").GetInt64().Should().Be(lineOffset);
        }
    }

    private static JsonDocument Run(string format, Action<LintReporter> report)
    {
        var output = new StringWriter();
        var reporter = LintReporter.Create(format == "json" ? LintFormat.Json : LintFormat.Sarif, output, TextWriter.Null, useColor: false);
        report(reporter);
        var summary = new LintSummary();
        summary.Unreadable.Add((LoneSurrogatePath, "permission denied"));
        reporter.Complete(summary);
        (reporter as IDisposable)?.Dispose();
        return JsonDocument.Parse(output.ToString());
    }
}
