using System.CommandLine;
using DinActions.Provisioning;

namespace DinActions.Cli.Numbers;

/// <summary><c>din numbers subscribe</c>: subscribes to a DIN; the provider charges the account at once.</summary>
internal static class SubscribeCommand
{
    private const string Name = "numbers subscribe";

    private static readonly Argument<string> DinUid = NumbersOptions.DinUid();

    public static Command Create(NumbersContext context)
    {
        var command = new Command("subscribe", "Subscribe to a dial-in number. The account is charged the monthly cost at once when this succeeds.")
        {
            DinUid,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult.GetRequiredValue(DinUid), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(NumbersContext context, string dinUid, CancellationToken cancellationToken)
    {
        if (!ProviderSettings.TryReadDinApi(context, out var options, out var problem))
        {
            return ProviderRun.Usage(context, Name, problem);
        }

        return await ProviderRun.RunAsync(context, Name, NumbersCommand.CredentialVariables, async http =>
        {
            await new DinApiClient(http, options).SubscribeAsync(dinUid, cancellationToken).ConfigureAwait(false);
            await context.Console.Out.WriteLineAsync($"Subscribed to {dinUid}. The account was charged the monthly cost at once.").ConfigureAwait(false);
            await context.Console.Out.WriteLineAsync($"Next: din numbers attach {dinUid} <action_url>").ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken).ConfigureAwait(false);
    }
}
