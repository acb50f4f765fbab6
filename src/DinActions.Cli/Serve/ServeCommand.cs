using System.CommandLine;
using DinActions.Cli.Inputs;
using DinActions.Cli.Json;
using Microsoft.Extensions.Hosting;
using CommandLineParseResult = System.CommandLine.ParseResult;

namespace DinActions.Cli.Serve;

/// <summary>
/// <c>din serve</c>: serves an action file, or the rules of a rules file, as an action URL. Everything
/// is validated before the server starts; a file with errors is refused, so a broken line is never served.
/// </summary>
internal static class ServeCommand
{
    private static readonly Argument<string> FilePath = new("file")
    {
        Description = "An action file (served as it is, to every call) or a rules file (*.json: active hours, anonymous callers, special dates).",
    };

    private static readonly Option<string> Urls = new("--urls")
    {
        Description = $"Where to listen, ;-separated (default {ServeSettings.DefaultUrls}; port 0 picks a free port). Use a public address only behind what protects it.",
        DefaultValueFactory = _ => ServeSettings.DefaultUrls,
        HelpName = "url",
    };

    private static readonly Option<ValidationProfile> Profile = CommonOptions.Profile();

    public static Command Create(DinConsole console) => Create(console, TimeProvider.System);

    /// <summary>The command with its clock injected, so tests decide what time it is.</summary>
    internal static Command Create(DinConsole console, TimeProvider time)
    {
        var command = new Command("serve", "Serve an action file or a rules file as an action URL, after validating it. Exit codes: 0 stopped, 1 errors in the file (not started), 2 usage, I/O or address problems.")
        {
            FilePath,
            Urls,
            Profile,
        };
        command.SetAction((parseResult, cancellation) => RunAsync(ReadSettings(parseResult), console, time, cancellation));
        return command;
    }

    internal static ServeSettings ReadSettings(CommandLineParseResult parseResult) => new(
        parseResult.GetValue(FilePath) ?? string.Empty,
        parseResult.GetValue(Urls) ?? ServeSettings.DefaultUrls,
        parseResult.GetValue(Profile));

    /// <summary>Validates the file, then serves until <paramref name="cancellation"/> fires.</summary>
    /// <param name="settings">What to serve and where.</param>
    /// <param name="console">Where the validation report, the listening address and the request log go.</param>
    /// <param name="time">The clock rules are evaluated against.</param>
    /// <param name="cancellation">Stops the server.</param>
    internal static async Task<int> RunAsync(ServeSettings settings, DinConsole console, TimeProvider time, CancellationToken cancellation)
    {
        var plan = Load(settings, console, out var exitCode);
        if (plan is null)
        {
            return exitCode;
        }

        await using var app = ServeHost.Build(plan, settings, console, time);
        try
        {
            await app.StartAsync(cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or FormatException or InvalidOperationException or ArgumentException or System.Net.Sockets.SocketException)
        {
            await console.Error.WriteLineAsync($"din serve: error: cannot listen on `{settings.Urls}`: {exception.Message}");
            return ExitCodes.UsageOrIo;
        }

        foreach (var address in app.Urls)
        {
            await console.Out.WriteLineAsync($"din serve: serving {settings.Path} on {address}");
        }

        await console.Out.FlushAsync(CancellationToken.None);
        await app.WaitForShutdownAsync(cancellation);
        return ExitCodes.Success;
    }

    /// <summary>Reads and validates the file; prints every problem; null when the server must not start.</summary>
    internal static ActionPlan? Load(ServeSettings settings, DinConsole console, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        if (!new InputFile(settings.Path).TryRead(console.In, out var text, out var problem))
        {
            console.Error.WriteLine($"{settings.Path}: error: {problem}");
            exitCode = ExitCodes.UsageOrIo;
            return null;
        }

        ActionPlan? plan;
        IEnumerable<ServeProblem> problems;
        if (settings.IsRulesFile)
        {
            problems = RulesReader.Read(text, out var rules);
            plan = rules;
        }
        else
        {
            var validation = ValidationOptions.Default with { Profile = settings.Profile };
            var result = ActionScript.Parse(text, validation);
            problems = result.Diagnostics.Select(diagnostic => new ServeProblem(
                new TextPosition(diagnostic.Span.Line, diagnostic.Span.Column), null, diagnostic.Severity, diagnostic.Code, diagnostic.Message));
            plan = result.Script is { } script ? new FixedActionPlan(script, validation) : null;
        }

        var errors = 0;
        foreach (var found in problems)
        {
            errors += found.Severity == DiagnosticSeverity.Error ? 1 : 0;
            console.Error.WriteLine(found.Format(settings.Path));
        }

        if (plan is null || errors > 0)
        {
            console.Error.WriteLine($"din serve: {errors} error{(errors == 1 ? string.Empty : "s")} in {settings.Path}; not started");
            exitCode = ExitCodes.ErrorsFound;
            return null;
        }

        return plan;
    }
}
