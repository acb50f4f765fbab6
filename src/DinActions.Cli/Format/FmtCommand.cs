using System.CommandLine;
using System.Text;
using DinActions.Cli.Configuration;
using DinActions.Cli.Inputs;
using CommandLineParseResult = System.CommandLine.ParseResult;

namespace DinActions.Cli.Format;

/// <summary><c>din fmt</c>: prints, checks or rewrites action files in canonical form; never touches a file with errors.</summary>
internal static class FmtCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly Argument<string[]> Paths = CommonOptions.Paths();
    private static readonly Option<ValidationProfile> Profile = CommonOptions.Profile();

    private static readonly Option<bool> Check = new("--check")
    {
        Description = "Print a diff for each input that is not in canonical form, and exit 1 if there is one; change nothing.",
    };

    private static readonly Option<bool> Write = new("--write", "-w")
    {
        Description = "Rewrite files in place (atomically: a temporary file replaces the original only when complete).",
    };

    private static readonly Option<string?> Config = CommonOptions.Config();

    public static Command Create(DinConsole console)
    {
        var command = new Command("fmt", "Print action files in canonical form (standard input to standard output by default). A file with errors is reported on standard error and left untouched. Settings come from the nearest .dinlint.json above each file, as for lint. Exit codes: 0 done, 1 errors or (with --check) unformatted input, 2 usage, I/O or configuration problems.")
        {
            Paths,
            Profile,
            Check,
            Write,
            Config,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(Check) && result.GetValue(Write))
            {
                result.AddError("--check and --write cannot be used together.");
            }
        });
        command.SetAction(parseResult => Run(ReadSettings(parseResult), console));
        return command;
    }

    internal static FmtSettings ReadSettings(CommandLineParseResult parseResult) => new(
        parseResult.GetValue(Paths) ?? [],
        new ExplicitSettings(parseResult.GetResult(Profile) is { Implicit: false } ? parseResult.GetValue(Profile) : null),
        parseResult.GetValue(Config),
        parseResult.GetValue(Check) ? FmtMode.Check : parseResult.GetValue(Write) ? FmtMode.Write : FmtMode.Print);

    internal static int Run(FmtSettings settings, DinConsole console)
    {
        var (paths, commandLine, configPath, mode) = settings;
        var finder = new LintConfigFinder(configPath, commandLine);
        if (finder.NamedConfigProblems() is { IsEmpty: false } namedProblems)
        {
            ConfigProblem.WriteAll(namedProblems, configPath!, console.Error);
            return ExitCodes.UsageOrIo;
        }

        var (failed, unreadable) = (false, false);
        var brokenConfigs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in InputSet.Expand(paths))
        {
            var lookup = finder.SettingsFor(input.Path);
            if (lookup.Settings is not { } fileSettings)
            {
                var shown = LintConfigFinder.Display(lookup.ConfigPath!);
                if (brokenConfigs.Add(lookup.ConfigPath!))
                {
                    ConfigProblem.WriteAll(lookup.Problems, shown, console.Error);
                }

                console.Error.WriteLine($"{input.Path}: error: not formatted: its configuration {shown} has errors");
                unreadable = true;
                continue;
            }

            if (mode == FmtMode.Write && input.IsStandardInput)
            {
                console.Error.WriteLine("-: error: standard input cannot be rewritten; drop --write to print the result");
                unreadable = true;
                continue;
            }

            if (!input.TryRead(console.In, out var text, out var problem))
            {
                console.Error.WriteLine($"{input.Path}: error: {problem}");
                unreadable = true;
                continue;
            }

            if (Formatted(text, fileSettings, input.Path, console.Error) is not { } formatted)
            {
                failed = true;
                continue;
            }

            switch (mode)
            {
                case FmtMode.Print:
                    console.Out.Write(formatted);
                    break;
                case FmtMode.Check when formatted != text:
                    console.Out.Write(LineDiff.Render(input.Path, text, formatted));
                    failed = true;
                    break;
                case FmtMode.Write when formatted != text:
                    if (!TryReplace(input.Path, formatted, out var writeProblem))
                    {
                        console.Error.WriteLine($"{input.Path}: error: not rewritten: {writeProblem}");
                        unreadable = true;
                    }
                    else
                    {
                        console.Out.WriteLine($"formatted {input.Path}");
                    }

                    break;
            }
        }

        return unreadable ? ExitCodes.UsageOrIo : failed ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    /// <summary>
    /// The canonical form of a file's <paramref name="text"/>: as one script, or line by line in a <c>lines</c> file.
    /// Null when it has errors, which are then written to <paramref name="error"/>.
    /// </summary>
    private static string? Formatted(string text, FileSettings settings, string path, TextWriter error)
    {
        var options = FormattingOptions(settings.Options);
        if (settings.Lines)
        {
            var lines = LineFormatting.Format(text, new ActionValidator(options));
            if (lines.Text is null)
            {
                ReportErrors(path, lines.Errors, lines.UnreadableLines.Select(line => $"line {line} cannot be read as an action"), error);
            }

            return lines.Text;
        }

        var result = ActionScript.Parse(text, options);
        if (result.Script is not { } script)
        {
            ReportErrors(path, result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error), result.HasErrors ? [] : ["a line cannot be read as an action"], error);
            return null;
        }

        return script.ToText(trailingLineBreak: text.EndsWith('\n') || text.EndsWith('\r'));
    }

    /// <summary>
    /// The file's options, with the numbering plan checked only where it can refuse a script: DIN0015 is a warning
    /// unless a configuration raises it, and checking a number costs more than formatting its line.
    /// </summary>
    private static ValidationOptions FormattingOptions(ValidationOptions options) =>
        options.CheckNumberingPlan && options.SeverityOf(DinRules.Find(DiagnosticCodes.NumberingPlan)!) != DiagnosticSeverity.Error
            ? options with { CheckNumberingPlan = false }
            : options;

    private static void ReportErrors(string path, IEnumerable<Diagnostic> errors, IEnumerable<string> unreadable, TextWriter error)
    {
        foreach (var diagnostic in errors)
        {
            error.WriteLine($"{path}:{diagnostic}");
        }

        foreach (var problem in unreadable)
        {
            error.WriteLine($"{path}: error: {problem}; it was left as it is");
        }

        error.WriteLine($"{path}: not formatted: fix the errors first; the file was left as it is");
    }

    /// <summary>
    /// Writes next to the file and then renames over it, so the original is replaced whole or not at
    /// all: an interrupted run never leaves a half-written action file.
    /// </summary>
    private static bool TryReplace(string path, string text, out string problem)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text, Utf8);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }

            File.Move(temporary, path, overwrite: true);
            problem = string.Empty;
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            problem = InputFile.Describe(exception);
            return false;
        }
    }
}
