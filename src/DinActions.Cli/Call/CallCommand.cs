using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using DinActions.Diagnostics;
using CommandLineParseResult = System.CommandLine.ParseResult;

namespace DinActions.Cli.Call;

/// <summary>
/// <c>din call ACTION_URL --caller E164 --recipient E164</c>: requests an action URL the way the cloud
/// does when a call comes in, checks every point of the provider's troubleshooting list it can, and
/// shows what the caller would experience. Exit 0 when no check failed, 1 when one did, 2 for usage.
/// </summary>
internal static class CallCommand
{
    private const double DefaultTimeoutSeconds = 10;
    private const double MaxTimeoutSeconds = 300;

    /// <summary>The <c>call</c> command, writing to <paramref name="console"/>.</summary>
    public static Command Create(DinConsole console)
    {
        // Symbols are built per command, not shared statically: a parsed command holds on to its symbols.
        var actionUrl = new Argument<string>("action_url")
        {
            Description = "The action URL, as set for the DIN; `caller` and `recipient` are appended as the cloud does.",
        };
        actionUrl.Validators.Add(result => _ = ParseActionUrl(result));

        var caller = new Option<string?>("--caller")
        {
            Description = "The caller ID the cloud sends, in E.164 (`+8180123456789`).",
            HelpName = "E.164",
        };
        caller.Validators.Add(result => RequireE164(result, "--caller"));

        var recipient = new Option<string>("--recipient")
        {
            Description = "The dial-in number that was called, in E.164 (`+8150123456789`).",
            HelpName = "E.164",
            Required = true,
        };
        recipient.Validators.Add(result => RequireE164(result, "--recipient"));

        var anonymous = new Option<bool>("--anonymous")
        {
            Description = "Call from a hidden number: no `caller` is sent.",
        };

        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds each network step may take (the whole run ends within three times this, plus 5 s).",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => DefaultTimeoutSeconds,
            // Seconds are written with a dot whatever the machine's culture, as in scripts and CI files.
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
                {
                    result.AddError($"--timeout `{PrintableText.Clip(text, 20)}` is not a number of seconds.");
                }
                else if (seconds is not (> 0 and <= MaxTimeoutSeconds))
                {
                    result.AddError(string.Create(CultureInfo.InvariantCulture, $"--timeout must be more than 0 and at most {MaxTimeoutSeconds} seconds."));
                }

                return seconds;
            },
        };

        var profile = new Option<string>("--profile")
        {
            Description = "Where the action URL is set: `api` (one action, the default) or `dashboard` (up to two).",
            DefaultValueFactory = _ => "api",
        };
        profile.AcceptOnlyFromAmong("api", "dashboard");

        var format = new Option<string>("--format")
        {
            Description = "`text` (a checklist, the default) or `json`.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("call", "Request an action URL as the cloud does on an incoming call, check the answer and every mp3, and show what the caller would hear.")
        {
            actionUrl,
            caller,
            recipient,
            anonymous,
            timeout,
            profile,
            format,
        };
        command.Validators.Add(result =>
        {
            var hasCaller = result.GetResult(caller) is not null;
            var isAnonymous = result.GetValue(anonymous);
            if (hasCaller == isAnonymous)
            {
                result.AddError(hasCaller
                    ? "--caller and --anonymous exclude each other: a hidden number sends no caller."
                    : "Give --caller E.164, or --anonymous for a hidden number.");
            }
        });

        command.SetAction((parseResult, cancellationToken) => RunAsync(ReadSettings(parseResult), console, cancellationToken));
        return command;
    }

    /// <summary>The settings of a parsed <c>din call</c> command line without errors.</summary>
    internal static CallSettings ReadSettings(CommandLineParseResult parseResult) => new(
        new Uri(parseResult.GetRequiredValue<string>("action_url")),
        parseResult.GetValue<bool>("--anonymous") ? null : parseResult.GetValue<string?>("--caller"),
        parseResult.GetRequiredValue<string>("--recipient"),
        TimeSpan.FromSeconds(parseResult.GetValue<double>("--timeout")),
        parseResult.GetValue<string>("--profile") == "dashboard" ? ValidationProfile.Dashboard : ValidationProfile.Api,
        parseResult.GetValue<string>("--format") == "json" ? CallOutputFormat.Json : CallOutputFormat.Text);

    /// <summary>Runs the checks of <paramref name="settings"/> and prints the report; returns the exit code.</summary>
    internal static async Task<int> RunAsync(CallSettings settings, DinConsole console, CancellationToken cancellationToken)
    {
        if (await CallChecker.RunWithinLimitAsync(settings, cancellationToken).ConfigureAwait(false) is not { } report)
        {
            await console.Error.WriteLineAsync($"din call: stopped after {ActionUrlChecks.Seconds(settings.RunLimit)}, the limit of the whole run.").ConfigureAwait(false);
            return ExitCodes.ErrorsFound;
        }

        await (settings.Format == CallOutputFormat.Json
            ? JsonReport.WriteAsync(report, console.Out)
            : TextReport.WriteAsync(report, console.Out)).ConfigureAwait(false);
        return report.Failed ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    private static Uri? ParseActionUrl(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.IdnHost.Length > 0)
        {
            return url;
        }

        result.AddError($"`{PrintableText.Clip(text, 80)}` is not an absolute http or https URL.");
        return null;
    }

    private static void RequireE164(OptionResult result, string name)
    {
        var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (!IsE164(value))
        {
            var hint = value.Length > 0 && char.IsAsciiDigit(value[0]) ? $"; write `+{PrintableText.Clip(value, 20)}`" : string.Empty;
            result.AddError($"{name} `{PrintableText.Clip(value, 30)}` is not an E.164 number (`+`, then at most 15 digits, the first not 0){hint}.");
        }
    }

    /// <summary>Whether <paramref name="value"/> is E.164 as written: <c>+</c>, then at most 15 digits, the first not 0.</summary>
    internal static bool IsE164(string value) =>
        value.Length is >= 3 and <= 16 && value[0] == '+' && value[1] is >= '1' and <= '9' && value.AsSpan(2).ContainsAnyExceptInRange('0', '9') is false;
}
