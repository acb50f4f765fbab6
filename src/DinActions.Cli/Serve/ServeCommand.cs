using System.CommandLine;
using System.Runtime.InteropServices;
using DinActions.Cli.Configuration;
using CommandLineParseResult = System.CommandLine.ParseResult;

namespace DinActions.Cli.Serve;

/// <summary>
/// <c>din serve</c>: serves an action file, or the rules of a rules file, as an action URL. Everything
/// is validated before the server starts; a file with errors is refused, so a broken line is never served.
/// The file is read again when it changes and on SIGHUP; SIGTERM and Ctrl+C stop it once the requests in
/// flight are answered.
/// </summary>
internal static class ServeCommand
{
    /// <summary>The command's name: the command line leaves signals to it.</summary>
    public const string Name = "serve";

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

    private static readonly Option<string?> Config = CommonOptions.Config();

    private static readonly Option<string> HealthPath = new("--health-path")
    {
        Description = $"The path of the health check, answered with JSON instead of an action (default {ServeSettings.DefaultHealthPath}).",
        DefaultValueFactory = _ => ServeSettings.DefaultHealthPath,
        HelpName = "path",
    };

    private static readonly Option<ServeLogFormat> LogFormat = new("--log-format")
    {
        Description = "How the call log is written on standard output: text (one line per entry, the default) or json (one JSON object per line).",
        DefaultValueFactory = _ => ServeLogFormat.Text,
        CustomParser = result => result.Tokens.Count == 1 && result.Tokens[0].Value is "text" or "json"
            ? (result.Tokens[0].Value == "json" ? ServeLogFormat.Json : ServeLogFormat.Text)
            : Invalid(result),
        HelpName = "text|json",
    };

    public static Command Create(DinConsole console) => Create(console, TimeProvider.System, handleSignals: true);

    /// <summary>The command with its clock injected, so tests decide what time it is; a test host's signals stay its own.</summary>
    internal static Command Create(DinConsole console, TimeProvider time, bool handleSignals = false)
    {
        var command = new Command(Name, "Serve an action file or a rules file as an action URL, after validating it; reload it when it changes or on SIGHUP, stop on SIGTERM or Ctrl+C once the calls in flight are answered. Settings come from the nearest .dinlint.json above the file, as for lint. Exit codes: 0 stopped, 1 errors in the file (not started), 2 usage, I/O, configuration or address problems.")
        {
            FilePath,
            Urls,
            Profile,
            Config,
            HealthPath,
            LogFormat,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(HealthPath) is { } path && !path.StartsWith('/'))
            {
                result.AddError("--health-path must start with `/`.");
            }
        });
        command.SetAction((parseResult, cancellation) => RunAsync(ReadSettings(parseResult), console, time, handleSignals, cancellation));
        return command;
    }

    internal static ServeSettings ReadSettings(CommandLineParseResult parseResult) => new(
        parseResult.GetValue(FilePath) ?? string.Empty,
        parseResult.GetValue(Urls) ?? ServeSettings.DefaultUrls,
        new ExplicitSettings(parseResult.GetResult(Profile) is { Implicit: false } ? parseResult.GetValue(Profile) : null),
        parseResult.GetValue(Config),
        parseResult.GetValue(HealthPath) ?? ServeSettings.DefaultHealthPath,
        parseResult.GetValue(LogFormat));

    /// <summary>Validates the file, then serves until a stop signal or <paramref name="cancellation"/>.</summary>
    /// <param name="settings">What to serve and where.</param>
    /// <param name="console">Where the validation report, the listening address and the call log go.</param>
    /// <param name="time">The clock rules are evaluated against.</param>
    /// <param name="handleSignals">Whether SIGTERM, SIGINT and SIGHUP are this server's to handle (the real process), or not (tests in one process).</param>
    /// <param name="cancellation">Stops the server.</param>
    internal static async Task<int> RunAsync(ServeSettings settings, DinConsole console, TimeProvider time, bool handleSignals, CancellationToken cancellation)
    {
        var outcome = FileLoader.Load(settings, console.In, time.GetUtcNow());
        foreach (var problem in outcome.Problems)
        {
            await console.Error.WriteLineAsync(problem);
        }

        if (outcome.File is not { } first)
        {
            if (outcome.ExitCode == ExitCodes.ErrorsFound)
            {
                await console.Error.WriteLineAsync($"din serve: {outcome.Errors} error{(outcome.Errors == 1 ? string.Empty : "s")} in {settings.Path}; not started");
            }

            return outcome.ExitCode;
        }

        // Declared first, so disposed last: every entry, "stopped" included, is written before the command returns.
        using var logWriter = new LogWriter(LogOutput(console) ?? console.Out);
        var log = new ServeLog(logWriter, time, settings.LogFormat);
        using var metrics = new ServeMetrics(settings.Path);
        await using var served = new ServedFile(first, settings, log, metrics, time);
        await using var app = ServeHost.Build(served, settings, log, metrics, time);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var signals = handleSignals ? new SignalHandlers(stop, served, log) : null;
        try
        {
            await app.StartAsync(stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
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
            if (settings.LogFormat == ServeLogFormat.Json)
            {
                log.Message("info", $"serving {settings.Path} on {address}", "listening");
            }
            else
            {
                log.Plain($"din serve: serving {settings.Path} on {address}");
            }
        }

        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }

        // Kestrel stops listening, answers what it has begun (a request half-received included), then closes.
        log.Message("info", $"stopping: answering the requests in flight (at most {settings.ShutdownTimeout.TotalSeconds:0} s)", "stopping");
        using var deadline = new CancellationTokenSource(settings.ShutdownTimeout);
        await app.StopAsync(deadline.Token);
        log.Message("info", "stopped", "stopped");
        return ExitCodes.Success;
    }

    /// <summary>
    /// Standard output with a buffer for the log's batches, one write each, when the console offers its bytes;
    /// null to write through <see cref="DinConsole.Out"/>. The log's thread is its only writer while serving, and
    /// flushes every batch; it is never disposed, so that an output that is closed or stalled cannot fail the stop.
    /// </summary>
    private static StreamWriter? LogOutput(DinConsole console) =>
        console.OpenOutStream?.Invoke() is { } stream
            ? new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = console.Out.NewLine }
            : null;

    private static ServeLogFormat Invalid(System.CommandLine.Parsing.ArgumentResult result)
    {
        result.AddError($"`{(result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty)}` is not a log format; use `text` or `json`.");
        return ServeLogFormat.Text;
    }

    /// <summary>
    /// SIGTERM and SIGINT (Ctrl+C) ask for a graceful stop, and a second one ends the process at once, as the
    /// signal would; SIGHUP reads the file and its configuration again.
    /// </summary>
    private sealed class SignalHandlers : IDisposable
    {
        private readonly List<PosixSignalRegistration> registrations = [];

        public SignalHandlers(CancellationTokenSource stop, ServedFile served, ServeLog log)
        {
            foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT })
            {
                registrations.Add(PosixSignalRegistration.Create(signal, context =>
                {
                    if (stop.IsCancellationRequested)
                    {
                        return;
                    }

                    context.Cancel = true;
                    log.Message("info", $"{context.Signal} received", "signal");
                    stop.Cancel();
                }));
            }

            if (!OperatingSystem.IsWindows())
            {
                registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
                {
                    context.Cancel = true;
                    log.Message("info", "SIGHUP received: reading the file again", "signal");
                    served.ForceReload();
                }));
            }
        }

        public void Dispose()
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }
}
