using System.CommandLine;
using DinActions.Provisioning;

namespace DinActions.Cli.Numbers;

/// <summary><c>din numbers unsubscribe</c>: ends the subscription to a DIN.</summary>
internal static class UnsubscribeCommand
{
    private const string Name = "numbers unsubscribe";

    private static readonly Argument<string> DinUid = NumbersOptions.DinUid();

    public static Command Create(NumbersContext context)
    {
        var command = new Command("unsubscribe", "End the subscription to a dial-in number; calls to it are no longer answered.")
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
            await new DinApiClient(http, options).UnsubscribeAsync(dinUid, cancellationToken).ConfigureAwait(false);
            await context.Console.Out.WriteLineAsync($"Unsubscribed from {dinUid}.").ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken).ConfigureAwait(false);
    }
}
