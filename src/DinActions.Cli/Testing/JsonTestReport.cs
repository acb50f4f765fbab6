using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DinActions.Diagnostics;

namespace DinActions.Cli.Testing;

/// <summary>Prints a <see cref="TestRun"/> as one JSON document (<c>din-test/1</c>), for tools.</summary>
internal static class JsonTestReport
{
    /// <summary>The document's format, so that tools can tell what they read.</summary>
    public const string Version = "din-test/1";

    // The relaxed encoder keeps `+`, quotes and Japanese readable; every string from a target also goes through
    // PrintableText.Escape, so the JSON holds the same printable text as the text report.
    private static readonly TestJsonContext Context = new(new JsonSerializerOptions(TestJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static async Task WriteAsync(TestRun run, TextWriter output)
    {
        var document = new TestRunDocument(
            Version,
            Escape(run.ScenarioPath),
            Escape(run.Target),
            [.. run.Results.Select(Scenario)],
            new TestSummaryDocument(run.Results.Length, run.Passed, run.Failed));
        await output.WriteLineAsync(JsonSerializer.Serialize(document, Context.TestRunDocument)).ConfigureAwait(false);
    }

    private static ScenarioDocument Scenario(ScenarioResult result) => new(
        Escape(result.Scenario.Name),
        result.Scenario.Position.Line,
        result.Scenario.Position.Column,
        result.Passed,
        Math.Round(result.Elapsed.TotalMilliseconds, 3),
        result.Answer.Rule is { } rule ? Escape(rule) : null,
        Escape(result.Answer.Lines),
        Escape(result.Answer.Transcript),
        result.Answer.Problem is { } problem ? Escape(problem) : null,
        [.. result.Mismatches.Select(mismatch => new MismatchDocument(mismatch.Expectation, Escape(mismatch.Message), Escape(mismatch.Expected), Escape(mismatch.Actual)))]);

    private static string Escape(string text) => PrintableText.Escape(text);

    private static ImmutableArray<string> Escape(ImmutableArray<string> lines) => [.. lines.Select(Escape)];
}

/// <summary>The JSON report: what ran against what, each scenario, and the counts.</summary>
internal sealed record TestRunDocument(string Version, string Scenarios, string Target, ImmutableArray<ScenarioDocument> Results, TestSummaryDocument Summary);

/// <summary>One scenario in the JSON report: whether it passed, what the target answered, and every mismatch.</summary>
internal sealed record ScenarioDocument(string Name, int Line, int Column, bool Passed, double Milliseconds, string? Rule, ImmutableArray<string> Actions, ImmutableArray<string> Transcript, string? Problem, ImmutableArray<MismatchDocument> Failures);

/// <summary>An expectation that did not hold, in the JSON report.</summary>
internal sealed record MismatchDocument(string Expectation, string Message, ImmutableArray<string> Expected, ImmutableArray<string> Actual);

/// <summary>The counts of the JSON report.</summary>
internal sealed record TestSummaryDocument(int Scenarios, int Passed, int Failed);

/// <summary>Source-generated JSON for <c>din test --format json</c>: no reflection, so the tool can be trimmed and compiled ahead of time.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(TestRunDocument))]
internal sealed partial class TestJsonContext : JsonSerializerContext
{
}
