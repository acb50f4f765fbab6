using System.CommandLine;
using System.Globalization;
using System.Text;

namespace DinActions.Cli;

/// <summary><c>din lint FILE...</c>: validates action files and prints compiler-style diagnostics.</summary>
internal static class LintCommand
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Argument<string[]> Files = new("files")
    {
        Description = "Action files to lint.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<ValidationProfile> Profile = new("--profile")
    {
        Description = "Where the actions are used: `api` (one action, the default) or `dashboard` (up to two).",
        DefaultValueFactory = _ => ValidationProfile.Api,
        CustomParser = result => result.Tokens.Single().Value switch
        {
            "api" => ValidationProfile.Api,
            "dashboard" => ValidationProfile.Dashboard,
            var other => Fail(result, other),
        },
    };

    public static Command Create(DinConsole console)
    {
        var command = new Command("lint", "Check action files and print each problem as `path:line:col: severity CODE: message`.")
        {
            Files,
            Profile,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(Files) ?? [], parseResult.GetValue(Profile), console.Out, console.Error));
        return command;
    }

    internal static int Run(IReadOnlyList<string> files, ValidationProfile profile, TextWriter output, TextWriter error)
    {
        var options = ValidationOptions.Default with { Profile = profile };
        var (errors, warnings, linted, unreadable) = (0, 0, 0, 0);
        foreach (var path in files)
        {
            if (!TryRead(path, out var text, out var problem))
            {
                error.WriteLine($"{path}: error: {problem}");
                unreadable++;
                continue;
            }

            linted++;
            foreach (var diagnostic in ActionScript.Validate(text, options))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}:{diagnostic}"));
                errors += diagnostic.Severity == DiagnosticSeverity.Error ? 1 : 0;
                warnings += diagnostic.Severity == DiagnosticSeverity.Warning ? 1 : 0;
            }
        }

        output.WriteLine($"{Count(errors, "error")}, {Count(warnings, "warning")} in {Count(linted, "file")}");
        return unreadable > 0 ? ExitCodes.UsageOrIo : errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    private static bool TryRead(string path, out string text, out string problem)
    {
        text = string.Empty;
        if (Directory.Exists(path))
        {
            problem = "is a folder; pass the action files in it";
            return false;
        }

        try
        {
            // Read bytes, not text: a reader would drop a byte order mark, which is itself worth a warning.
            text = StrictUtf8.GetString(File.ReadAllBytes(path));
            problem = string.Empty;
            return true;
        }
        catch (DecoderFallbackException exception)
        {
            problem = $"not valid UTF-8 text (byte {exception.Index})";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = exception switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file",
                UnauthorizedAccessException => "permission denied",
                _ => exception.Message,
            };
        }

        return false;
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static ValidationProfile Fail(System.CommandLine.Parsing.ArgumentResult result, string value)
    {
        result.AddError($"`{value}` is not a profile; use `api` or `dashboard`.");
        return ValidationProfile.Api;
    }
}
