using System.CommandLine;
using System.CommandLine.Parsing;
using DinActions.Provisioning;
using CommandLineParseResult = System.CommandLine.ParseResult;

namespace DinActions.Cli.Numbers;

/// <summary>
/// <c>din numbers attach</c>: attaches an action URL to a subscribed DIN, after requesting it the
/// way the cloud does and validating its action. A URL whose action has errors is refused and
/// nothing is sent to the DIN API.
/// </summary>
internal static class AttachCommand
{
    private const string Name = "numbers attach";

    private static readonly Argument<string> DinUid = NumbersOptions.DinUid();

    private static readonly Argument<Uri> ActionUrl = new("action_url")
    {
        Description = "The URL the cloud requests (GET ?caller=...&recipient=...) for each incoming call; it must answer one action line.",
        CustomParser = ParseActionUrl,
    };

    private static readonly Option<bool> NoCheck = new("--no-check")
    {
        Description = "Attach without requesting the URL and validating its action first.",
    };

    private static readonly Option<string> Caller = new("--caller")
    {
        Description = $"The caller ID sent with the check request (default {ActionUrlCheck.DefaultCaller}).",
        DefaultValueFactory = _ => ActionUrlCheck.DefaultCaller,
        HelpName = "E164",
        Validators = { RequireE164 },
    };

    private static readonly Option<string> Recipient = new("--recipient")
    {
        Description = $"The DIN sent as recipient with the check request (default {ActionUrlCheck.DefaultRecipient}).",
        DefaultValueFactory = _ => ActionUrlCheck.DefaultRecipient,
        HelpName = "E164",
        Validators = { RequireE164 },
    };

    public static Command Create(NumbersContext context)
    {
        var command = new Command("attach", "Attach an action URL to a subscribed dial-in number. The URL is requested and its action validated first; one with errors is refused and nothing is sent.")
        {
            DinUid,
            ActionUrl,
            NoCheck,
            Caller,
            Recipient,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, ReadSettings(parseResult), cancellationToken));
        return command;
    }

    /// <summary>The settings of a parsed <c>din numbers attach</c> command line without errors.</summary>
    internal static AttachSettings ReadSettings(CommandLineParseResult parseResult) => new(
        parseResult.GetRequiredValue(DinUid),
        parseResult.GetRequiredValue(ActionUrl),
        !parseResult.GetValue(NoCheck),
        parseResult.GetRequiredValue(Caller),
        parseResult.GetRequiredValue(Recipient));

    private static async Task<int> RunAsync(NumbersContext context, AttachSettings settings, CancellationToken cancellationToken)
    {
        var (dinUid, actionUrl, check, caller, recipient) = settings;
        // Credentials are read first, so that a usage problem is reported before any request.
        if (!ProviderSettings.TryReadDinApi(context, out var options, out var problem))
        {
            return ProviderRun.Usage(context, Name, problem);
        }

        var error = context.Console.Error;
        var shownUrl = TerminalText.Clip(actionUrl.OriginalString);
        if (check)
        {
            var result = await ActionUrlCheck.RunAsync(actionUrl, caller, recipient, context.Limits, cancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in result.Diagnostics)
            {
                await error.WriteLineAsync($"{shownUrl}:{TerminalText.Clip(diagnostic.ToString())}").ConfigureAwait(false);
            }

            if (!result.Passed)
            {
                var reason = result.Problem ?? $"its action has {result.ErrorCount} {(result.ErrorCount == 1 ? "error" : "errors")}";
                await error.WriteLineAsync($"din {Name}: refusing to attach {shownUrl}: {reason}; nothing was sent to the DIN API (--no-check attaches anyway)").ConfigureAwait(false);
                return ExitCodes.ErrorsFound;
            }

            await context.Console.Out.WriteLineAsync($"Checked {shownUrl}: the action has no errors.").ConfigureAwait(false);
        }

        return await ProviderRun.RunAsync(context, Name, NumbersCommand.CredentialVariables, async http =>
        {
            await new DinApiClient(http, options).AttachActionUrlAsync(dinUid, actionUrl, cancellationToken).ConfigureAwait(false);
            await context.Console.Out.WriteLineAsync($"Attached {shownUrl} to {dinUid}.").ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static Uri ParseActionUrl(ArgumentResult result)
    {
        var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0)
        {
            return uri;
        }

        result.AddError($"`{TerminalText.Clip(value)}` is not an absolute http or https URL.");
        return new Uri("http://invalid.invalid/");
    }

    private static void RequireE164(OptionResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return;
        }

        var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (value.Length is < 3 or > 16 || value[0] != '+' || value.AsSpan(1).ContainsAnyExceptInRange('0', '9'))
        {
            result.AddError($"`{TerminalText.Clip(value)}` is not an E.164 number such as {ActionUrlCheck.DefaultCaller}.");
        }
    }
}

/// <summary>Everything a <c>din numbers attach</c> run was asked to do.</summary>
/// <param name="DinUid">The subscribed DIN.</param>
/// <param name="ActionUrl">The action URL to attach.</param>
/// <param name="Check">Whether the URL is requested and its action validated first (no <c>--no-check</c>).</param>
/// <param name="Caller">The caller ID sent with the check request.</param>
/// <param name="Recipient">The recipient sent with the check request.</param>
internal sealed record AttachSettings(string DinUid, Uri ActionUrl, bool Check, string Caller, string Recipient);
