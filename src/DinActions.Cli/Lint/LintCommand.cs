using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using DinActions.Cli.Configuration;
using DinActions.Cli.Inputs;
using CommandLineParseResult = System.CommandLine.ParseResult;

namespace DinActions.Cli.Lint;

/// <summary><c>din lint</c>: validates action files and reports every problem as text, JSON or SARIF.</summary>
internal static class LintCommand
{
    private static readonly Argument<string[]> Paths = CommonOptions.Paths();
    private static readonly Option<ValidationProfile> Profile = CommonOptions.Profile();

    private static readonly Option<LintFormat> Format = new("--format")
    {
        Description = "Output format: text (compiler style, the default), json (din-lint/1), sarif (SARIF 2.1.0) or github (GitHub Actions annotations).",
        DefaultValueFactory = _ => LintFormat.Text,
        CustomParser = ParseFormat,
        HelpName = "text|json|sarif|github",
    };

    private static readonly Option<string?> Output = new("--output", "-o")
    {
        Description = "Write the report to this file instead of standard output.",
        HelpName = "file",
    };

    private static readonly Option<bool> WarningsAsErrors = new("--warnings-as-errors")
    {
        Description = "Exit with 1 when there are warnings, as for errors.",
    };

    private static readonly Option<bool> NoNumberingPlan = new("--no-numbering-plan")
    {
        Description = "Check numbers for E.164 syntax only, not against their country's numbering plan (faster).",
    };

    private static readonly Option<bool> Lines = new("--lines")
    {
        Description = "Treat every input line as a document of its own (an audit log of served actions), whatever the configuration says; streams any size.",
    };

    private static readonly Option<string?> Config = CommonOptions.Config();

    private static readonly Option<string?> PrintConfig = new("--print-config")
    {
        Description = "Print the settings that apply to this file (JSON: its configuration, the overrides that match, every rule and language) and exit.",
        HelpName = "file",
    };

    public static Command Create(DinConsole console)
    {
        var command = new Command("lint", "Check action files and report each problem with its position, code and fix; settings come from the nearest .dinlint.json above each file. Exit codes: 0 no errors, 1 errors, 2 usage, I/O or configuration problems.")
        {
            Paths,
            Profile,
            Format,
            Output,
            WarningsAsErrors,
            NoNumberingPlan,
            Lines,
            Config,
            PrintConfig,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(PrintConfig) is not null && result.GetValue(Paths) is { Length: > 0 })
            {
                result.AddError("--print-config prints the settings of the one file it names; give no other paths.");
            }
        });
        command.SetAction(parseResult => Run(ReadSettings(parseResult), console));
        return command;
    }

    internal static LintSettings ReadSettings(CommandLineParseResult parseResult) => new(
        parseResult.GetValue(Paths) ?? [],
        CommonOptions.ExplicitSettings(parseResult, Profile, NoNumberingPlan) with { Lines = parseResult.GetValue(Lines) ? true : null },
        parseResult.GetValue(Config),
        parseResult.GetValue(PrintConfig),
        parseResult.GetValue(Format),
        parseResult.GetValue(Output),
        parseResult.GetValue(WarningsAsErrors));

    internal static int Run(LintSettings settings, DinConsole console)
    {
        var finder = new LintConfigFinder(settings.ConfigPath, settings.CommandLine);
        if (!finder.NamedConfigProblems().IsEmpty)
        {
            ConfigProblem.WriteAll(finder.NamedConfigProblems(), settings.ConfigPath!, console.Error);
            return ExitCodes.UsageOrIo;
        }

        if (settings.PrintConfigPath is { } target)
        {
            return PrintSettings(finder, target, console);
        }

        TextWriter? file = null;
        try
        {
            if (settings.OutputPath is { } outputPath)
            {
                file = new StreamWriter(outputPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"{settings.OutputPath}: error: cannot write the report: {InputFile.Describe(exception)}");
            return ExitCodes.UsageOrIo;
        }

        using (file)
        {
            var output = file ?? console.Out;
            var reporter = LintReporter.Create(settings.Format, output, console.Error, file is null && console.UseColor);
            var summary = new LintSummary();
            var progress = console.ErrorIsTerminal ? console.Error : null;

            // One validator (and memory of lines) for each set of settings the run meets, so a folder whose files
            // share a configuration keeps one numbering-plan memory.
            var checkers = new Dictionary<FileSettings, (ActionValidator Validator, RecentLines? Lines)>(ReferenceEqualityComparer.Instance);
            var brokenConfigs = new HashSet<string>(StringComparer.Ordinal);
            foreach (var input in InputSet.Expand(settings.Paths))
            {
                var lookup = finder.SettingsFor(input.Path);
                if (lookup.Settings is not { } fileSettings)
                {
                    var configPath = LintConfigFinder.Display(lookup.ConfigPath!);
                    if (brokenConfigs.Add(lookup.ConfigPath!))
                    {
                        reporter.ConfigProblems(configPath, lookup.Problems);
                    }

                    var problem = $"not checked: its configuration {configPath} has errors";
                    summary.Unreadable.Add((input.Path, problem));
                    reporter.Unreadable(input.Path, problem);
                    continue;
                }

                if (!checkers.TryGetValue(fileSettings, out var checker))
                {
                    checker = (new ActionValidator(fileSettings.Options), fileSettings.Lines ? new RecentLines(fileSettings.Options) : null);
                    checkers[fileSettings] = checker;
                }

                if (checker.Lines is { } recentLines)
                {
                    LineAudit.Run(input, console.In, recentLines, reporter, summary, progress);
                }
                else
                {
                    LintDocument(input, console.In, checker.Validator, reporter, summary);
                }
            }

            reporter.Complete(summary);
            (reporter as IDisposable)?.Dispose();
            return summary.ExitCode(settings.WarningsAsErrors);
        }
    }

    /// <summary><c>--print-config</c>: the settings of one file as JSON, or the problems of its configuration.</summary>
    private static int PrintSettings(LintConfigFinder finder, string target, DinConsole console)
    {
        var lookup = finder.SettingsFor(target);
        if (lookup.Settings is not { } fileSettings)
        {
            ConfigProblem.WriteAll(lookup.Problems, LintConfigFinder.Display(lookup.ConfigPath!), console.Error);
            return ExitCodes.UsageOrIo;
        }

        using var json = new JsonStream(console.Out);
        fileSettings.WriteJson(json.Writer, target);
        json.Finish();
        return ExitCodes.Success;
    }

    private static void LintDocument(InputFile input, TextReader standardInput, ActionValidator validator, LintReporter reporter, LintSummary summary)
    {
        if (!input.TryRead(standardInput, out var text, out var notUtf8, out var problem))
        {
            summary.Unreadable.Add((input.Path, problem));
            reporter.Unreadable(input.Path, problem);
            return;
        }

        summary.CountFile();
        summary.CountDocument();
        if (notUtf8 is not null)
        {
            summary.Count(notUtf8);
            reporter.Report(input.Path, LineAt(text, notUtf8.Span.Offset), notUtf8);
            return;
        }

        var result = validator.Parse(text);
        foreach (var diagnostic in result.Diagnostics)
        {
            summary.Count(diagnostic);
            var line = result.Syntax.Lines[Math.Min(diagnostic.Span.Line, result.Syntax.Lines.Length) - 1].Span;
            reporter.Report(input.Path, text.Substring(line.Offset, line.Length), diagnostic);
        }
    }

    /// <summary>The line of <paramref name="text"/> that <paramref name="offset"/> is on, without its break.</summary>
    private static string LineAt(string text, int offset)
    {
        var start = text.AsSpan(0, offset).LastIndexOfAny('\r', '\n') + 1;
        var length = text.AsSpan(offset).IndexOfAny('\r', '\n');
        return text.Substring(start, (length < 0 ? text.Length - offset : length) + offset - start);
    }

    private static LintFormat ParseFormat(ArgumentResult result)
    {
        var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        switch (value)
        {
            case "text":
                return LintFormat.Text;
            case "json":
                return LintFormat.Json;
            case "sarif":
                return LintFormat.Sarif;
            case "github":
                return LintFormat.GitHub;
            default:
                result.AddError($"`{value}` is not a format; use `text`, `json`, `sarif` or `github`.");
                return LintFormat.Text;
        }
    }
}
