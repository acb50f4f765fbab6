using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using DinActions.Cli.Configuration;
using DinActions.Cli.Inputs;
using DinActions.Cli.Json;

namespace DinActions.Cli.Serve;

/// <summary>
/// One version of the served file, validated and never changed: requests read the version current when
/// they start, so an answer never mixes two versions.
/// </summary>
internal sealed class LoadedFile(ActionPlan plan, string text, DateTimeOffset loadedAt)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // A plan holds a handful of scripts; each is encoded once, on its first answer.
    private readonly ConcurrentDictionary<ActionScript, ServedAnswer> answers = new(ReferenceEqualityComparer.Instance);

    public ActionPlan Plan => plan;

    /// <summary>The text it was read from, to tell a change on disk from a touch.</summary>
    public string Text => text;

    public DateTimeOffset LoadedAt => loadedAt;

    /// <summary>What answering with <paramref name="script"/> writes, to the caller and to the log.</summary>
    public ServedAnswer AnswerOf(ActionScript script) =>
        answers.GetOrAdd(script, static answer =>
        {
            var text = answer.ToText();
            return new ServedAnswer(text, DinActions.Diagnostics.PrintableText.Escape(text), Utf8.GetBytes(text));
        });
}

/// <summary>An answer of a served file, made once per script and version.</summary>
/// <param name="Text">The script's canonical text, without a final line break.</param>
/// <param name="LoggedText"><paramref name="Text"/> as the text log shows it, on one line.</param>
/// <param name="Body"><paramref name="Text"/> in UTF-8: the answer's body.</param>
internal sealed record ServedAnswer(string Text, string LoggedText, byte[] Body);

/// <summary>What reading and validating the served file gave: a version to serve, or what stops it.</summary>
/// <param name="File">The validated version; null when it must not be served.</param>
/// <param name="Problems">Every problem, printed as the linter prints, warnings included.</param>
/// <param name="Errors">How many of <paramref name="Problems"/> are errors of the file itself.</param>
/// <param name="ExitCode">What <c>din serve</c> exits with when this happens at start.</param>
internal sealed record LoadOutcome(LoadedFile? File, ImmutableArray<string> Problems, int Errors, int ExitCode);

/// <summary>Reads and validates the served file with the settings of its <c>.dinlint.json</c>, read again each time.</summary>
internal static class FileLoader
{
    /// <summary>Reads the file's text; false with a one-line problem when it cannot be read.</summary>
    public static bool TryRead(ServeSettings settings, TextReader standardInput, out string text, out string problem) =>
        new InputFile(settings.Path).TryRead(standardInput, out text, out problem);

    /// <summary>Reads the file and validates it.</summary>
    public static LoadOutcome Load(ServeSettings settings, TextReader standardInput, DateTimeOffset now) =>
        TryRead(settings, standardInput, out var text, out var problem)
            ? Validate(settings, text, now)
            : new LoadOutcome(null, [$"{settings.Path}: error: {problem}"], 0, ExitCodes.UsageOrIo);

    /// <summary>Validates <paramref name="text"/>, the file's content, under the configuration that applies to it.</summary>
    public static LoadOutcome Validate(ServeSettings settings, string text, DateTimeOffset now)
    {
        if (!TryOptions(settings, out var validation, out var configProblems))
        {
            return new LoadOutcome(null, configProblems, 0, ExitCodes.UsageOrIo);
        }

        ActionPlan? plan;
        IEnumerable<ServeProblem> problems;
        if (settings.IsRulesFile)
        {
            problems = RulesReader.Read(text, validation, out var rules);
            plan = rules;
        }
        else
        {
            var result = ActionScript.Parse(text, validation);
            problems = result.Diagnostics.Select(diagnostic => new ServeProblem(
                new TextPosition(diagnostic.Span.Line, diagnostic.Span.Column), null, diagnostic.Severity, diagnostic.Code, diagnostic.Message));
            plan = result.Script is { } script ? new FixedActionPlan(script, validation) : null;
        }

        var lines = ImmutableArray.CreateBuilder<string>();
        var errors = 0;
        foreach (var found in problems)
        {
            errors += found.Severity == DiagnosticSeverity.Error ? 1 : 0;
            lines.Add(found.Format(settings.Path));
        }

        return plan is null || errors > 0
            ? new LoadOutcome(null, lines.ToImmutable(), Math.Max(errors, 1), ExitCodes.ErrorsFound)
            : new LoadOutcome(new LoadedFile(plan, text, now), lines.ToImmutable(), 0, ExitCodes.Success);
    }

    /// <summary>
    /// The validation options of the file's configuration. A rules file answers as the provider's dashboard does,
    /// so it keeps the dashboard profile unless the command line or the configuration names one.
    /// </summary>
    private static bool TryOptions(ServeSettings settings, out ValidationOptions options, out ImmutableArray<string> problems)
    {
        options = ValidationOptions.Default;
        var finder = new LintConfigFinder(settings.ConfigPath, settings.CommandLine);
        if (finder.NamedConfigProblems() is { IsEmpty: false } named)
        {
            problems = Format(named, settings.ConfigPath!);
            return false;
        }

        var lookup = finder.SettingsFor(settings.Path);
        if (lookup.Settings is not { } fileSettings)
        {
            problems = Format(lookup.Problems, LintConfigFinder.Display(lookup.ConfigPath!));
            return false;
        }

        options = fileSettings.Options;
        if (settings.IsRulesFile && settings.CommandLine.Profile is null && !ConfigNamesProfile(fileSettings))
        {
            options = options with { Profile = ValidationProfile.Dashboard };
        }

        problems = [];
        return true;
    }

    private static bool ConfigNamesProfile(FileSettings settings)
    {
        if (settings.ConfigPath is not { } path)
        {
            return false;
        }

        if (settings.Overrides.Any(entry => entry.Settings.Profile is not null))
        {
            return true;
        }

        // The resolved options no longer say which level gave the profile: the top level is read again to know.
        return new InputFile(path).TryRead(TextReader.Null, out var text, out _)
            && LintConfigReader.Read(path, text, out var config).IsEmpty
            && config?.Root.Profile is not null;
    }

    private static ImmutableArray<string> Format(IEnumerable<ConfigProblem> problems, string path)
    {
        var writer = new StringWriter { NewLine = "\n" };
        ConfigProblem.WriteAll(problems, path, writer);
        return [.. writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
