using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using System.Text;
using DinActions.Cli.Inputs;
using DinActions.Cli.Serve;
using DinActions.Diagnostics;
using CommandLineParseResult = System.CommandLine.ParseResult;

namespace DinActions.Cli.Testing;

/// <summary>
/// <c>din test SCENARIOS [--target T]</c>: places each call of a scenario file on a rules file, an action file or a
/// live action URL, and checks what it answered, which rule answered, what the caller hears and, for a URL, every check
/// of <c>din call</c>. The scenario file and the target are validated before any call. Exit 0 when every scenario
/// passed, 1 when one failed, 2 for usage or a file that cannot be read or has errors.
/// </summary>
internal static class TestCommand
{
    /// <summary>The deadline of each network step of a live URL, as <c>din call</c>'s default.</summary>
    private static readonly TimeSpan LiveTimeout = TimeSpan.FromSeconds(10);

    public static Command Create(DinConsole console)
    {
        // Symbols are built per command, not shared statically: a parsed command holds on to its symbols.
        var scenarios = new Argument<string>("scenarios")
        {
            Description = "The scenario file: JSON with comments, the calls to place and what must happen on each (README, `din test`).",
        };

        var target = new Option<string?>("--target")
        {
            Description = "What to test, instead of the scenario file's `target`: a rules file (*.json), an action file, or a live action URL (http:// or https://).",
            HelpName = "file|url",
        };

        var format = new Option<string>("--format")
        {
            Description = "`text` (a line per scenario, a diff on failure; the default), `json` (din-test/1) or `junit` (JUnit XML for CI).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "junit");

        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file instead of standard output.",
            HelpName = "file",
        };

        var profile = CommonOptions.Profile();

        var command = new Command("test", "Run a scenario file of calls against a rules file, an action file or a live action URL, and check what each caller gets. Exit codes: 0 all passed, 1 a scenario failed, 2 usage, or a file unreadable or with errors.")
        {
            scenarios,
            target,
            format,
            output,
            profile,
        };
        command.SetAction((parseResult, cancellation) => RunAsync(ReadSettings(parseResult, scenarios, target, format, output, profile), console, cancellation));
        return command;
    }

    private static TestSettings ReadSettings(
        CommandLineParseResult parseResult, Argument<string> scenarios, Option<string?> target, Option<string> format, Option<string?> output, Option<ValidationProfile> profile) => new(
        parseResult.GetValue(scenarios) ?? string.Empty,
        parseResult.GetValue(target),
        parseResult.GetValue(format) switch
        {
            "json" => TestFormat.Json,
            "junit" => TestFormat.JUnit,
            _ => TestFormat.Text,
        },
        parseResult.GetValue(output),
        parseResult.GetValue(profile),
        LiveTimeout);

    /// <summary>Validates the scenario file and the target, runs every scenario and prints the report; returns the exit code.</summary>
    internal static async Task<int> RunAsync(TestSettings settings, DinConsole console, CancellationToken cancellationToken)
    {
        if (!new InputFile(settings.ScenarioPath).TryRead(console.In, out var text, out var readProblem))
        {
            await console.Error.WriteLineAsync($"{settings.ScenarioPath}: error: {readProblem}").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        var problems = ScenarioReader.Read(text, settings.Target, out var file);
        foreach (var problem in problems)
        {
            await console.Error.WriteLineAsync(problem.Format(settings.ScenarioPath)).ConfigureAwait(false);
        }

        if (file is null)
        {
            await console.Error.WriteLineAsync($"din test: {Plural(problems.Length, "error")} in {settings.ScenarioPath}; no scenario run").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        var targetPath = settings.Target ?? Resolve(file.Target!, settings.ScenarioPath);
        if (Load(targetPath, settings, console) is not { } testTarget)
        {
            return ExitCodes.UsageOrIo;
        }

        TextWriter? report = null;
        try
        {
            if (settings.OutputPath is { } outputPath)
            {
                report = new StreamWriter(outputPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await console.Error.WriteLineAsync($"{settings.OutputPath}: error: cannot write the report: {InputFile.Describe(exception)}").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        await using (report)
        {
            var run = await RunScenariosAsync(file, testTarget, settings.ScenarioPath, targetPath, cancellationToken).ConfigureAwait(false);
            var writer = report ?? console.Out;
            await (settings.Format switch
            {
                TestFormat.Json => JsonTestReport.WriteAsync(run, writer),
                TestFormat.JUnit => JUnitTestReport.WriteAsync(run, writer),
                _ => TextTestReport.WriteAsync(run, writer),
            }).ConfigureAwait(false);
            return run.Failed > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;
        }
    }

    private static async Task<TestRun> RunScenariosAsync(ScenarioFile file, TestTarget target, string scenarioPath, string targetPath, CancellationToken cancellationToken)
    {
        var whole = Stopwatch.StartNew();
        var results = ImmutableArray.CreateBuilder<ScenarioResult>(file.Scenarios.Length);
        foreach (var scenario in file.Scenarios)
        {
            var one = Stopwatch.StartNew();
            var answer = await target.AnswerAsync(scenario, cancellationToken).ConfigureAwait(false);
            results.Add(new ScenarioResult(scenario, answer, ScenarioJudge.Judge(scenario.Expect, answer), one.Elapsed));
        }

        return new TestRun(scenarioPath, targetPath, results.MoveToImmutable(), whole.Elapsed);
    }

    /// <summary>A target named by the scenario file is relative to the file's folder, as an include is.</summary>
    private static string Resolve(string target, string scenarioPath)
    {
        if (ScenarioReader.KindOf(target) == TargetKind.ActionUrl || Path.IsPathRooted(target) || scenarioPath == InputFile.StandardInput)
        {
            return target;
        }

        return Path.Combine(Path.GetDirectoryName(scenarioPath) ?? string.Empty, target);
    }

    /// <summary>Reads and validates the target; prints every problem; null when no scenario may run.</summary>
    private static TestTarget? Load(string target, TestSettings settings, DinConsole console)
    {
        var kind = ScenarioReader.KindOf(target);
        if (kind == TargetKind.ActionUrl)
        {
            if (Uri.TryCreate(target, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.IdnHost.Length > 0)
            {
                return new UrlTarget(url, settings.Timeout, settings.Profile);
            }

            console.Error.WriteLine($"din test: error: `{PrintableText.Clip(target, 80)}` is not an absolute http or https URL");
            return null;
        }

        if (!new InputFile(target).TryRead(console.In, out var text, out var readProblem))
        {
            console.Error.WriteLine($"{target}: error: {readProblem}");
            return null;
        }

        ActionPlan? plan;
        IEnumerable<ServeProblem> problems;
        if (kind == TargetKind.RulesFile)
        {
            problems = RulesReader.Read(text, out var rules);
            plan = rules;
        }
        else
        {
            var validation = ValidationOptions.Default with { Profile = settings.Profile };
            var parsed = ActionScript.Parse(text, validation);
            problems = parsed.Diagnostics.Select(diagnostic => new ServeProblem(
                new Json.TextPosition(diagnostic.Span.Line, diagnostic.Span.Column), null, diagnostic.Severity, diagnostic.Code, diagnostic.Message));
            plan = parsed.Script is { } script ? new FixedActionPlan(script, validation) : null;
        }

        var errors = 0;
        foreach (var problem in problems)
        {
            errors += problem.Severity == DiagnosticSeverity.Error ? 1 : 0;
            console.Error.WriteLine(problem.Format(target));
        }

        if (plan is null || errors > 0)
        {
            console.Error.WriteLine($"din test: {Plural(errors, "error")} in {target}; no scenario run");
            return null;
        }

        return new PlanTarget(plan);
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
