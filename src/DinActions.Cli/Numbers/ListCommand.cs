using System.CommandLine;
using System.Text.Json;
using DinActions.Provisioning;

namespace DinActions.Cli.Numbers;

/// <summary><c>din numbers list</c>: lists the account's subscribed DINs and their action URLs.</summary>
internal static class ListCommand
{
    private const string Name = "numbers list";

    private static readonly Option<NumbersFormat> Format = NumbersOptions.Format();

    public static Command Create(NumbersContext context)
    {
        var command = new Command("list", "List the dial-in numbers the account subscribes to, with their action URLs.")
        {
            Format,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult.GetValue(Format), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(NumbersContext context, NumbersFormat format, CancellationToken cancellationToken)
    {
        if (!ProviderSettings.TryReadDinApi(context, out var options, out var problem))
        {
            return ProviderRun.Usage(context, Name, problem);
        }

        return await ProviderRun.RunAsync(context, Name, NumbersCommand.CredentialVariables, async http =>
        {
            var subscriptions = await new DinApiClient(http, options).ListSubscriptionsAsync(cancellationToken).ConfigureAwait(false);
            var output = context.Console.Out;
            if (format == NumbersFormat.Json)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(subscriptions, NumbersJsonContext.Default.IReadOnlyListDinSubscription)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            if (subscriptions.Count == 0)
            {
                await output.WriteLineAsync("No subscriptions. Find a number with `din numbers available`.").ConfigureAwait(false);
                return ExitCodes.Success;
            }

            TerminalText.WriteTable(
                output,
                ["DIN_UID", "DIN", "ACTION_URL"],
                subscriptions.Select(subscription => new[] { subscription.DinUid, subscription.Din ?? "-", subscription.ActionUrl ?? "(none)" }));
            return ExitCodes.Success;
        }, cancellationToken).ConfigureAwait(false);
    }
}
