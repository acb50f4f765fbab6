using System.CommandLine;
using DinActions.Provisioning;

namespace DinActions.Cli.Numbers;

/// <summary>
/// <c>din numbers subscribe</c> and <c>din numbers unsubscribe</c>: the same command on one DIN, differing
/// only in the call made and what is said after it.
/// </summary>
internal static class SubscriptionCommands
{
    /// <summary>Subscribes to a DIN; the provider charges the account at once.</summary>
    public static Command Subscribe(NumbersContext context) => Create(
        context,
        "subscribe",
        "Subscribe to a dial-in number. The account is charged the monthly cost at once when this succeeds.",
        static (client, dinUid, cancellationToken) => client.SubscribeAsync(dinUid, cancellationToken),
        static dinUid => [$"Subscribed to {dinUid}. The account was charged the monthly cost at once.", $"Next: din numbers attach {dinUid} <action_url>"]);

    /// <summary>Ends the subscription to a DIN.</summary>
    public static Command Unsubscribe(NumbersContext context) => Create(
        context,
        "unsubscribe",
        "End the subscription to a dial-in number; calls to it are no longer answered.",
        static (client, dinUid, cancellationToken) => client.UnsubscribeAsync(dinUid, cancellationToken),
        static dinUid => [$"Unsubscribed from {dinUid}."]);

    private static Command Create(
        NumbersContext context,
        string verb,
        string description,
        Func<DinApiClient, string, CancellationToken, Task> call,
        Func<string, string[]> done)
    {
        var dinUid = NumbersOptions.DinUid();
        var command = new Command(verb, description) { dinUid };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(context, "numbers " + verb, parseResult.GetRequiredValue(dinUid), call, done, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        NumbersContext context,
        string name,
        string dinUid,
        Func<DinApiClient, string, CancellationToken, Task> call,
        Func<string, string[]> done,
        CancellationToken cancellationToken)
    {
        if (!ProviderSettings.TryReadDinApi(context, out var options, out var problem))
        {
            return ProviderRun.Usage(context, name, problem);
        }

        return await ProviderRun.RunAsync(context, name, NumbersCommand.CredentialVariables, async http =>
        {
            await call(new DinApiClient(http, options), dinUid, cancellationToken).ConfigureAwait(false);
            foreach (var line in done(dinUid))
            {
                await context.Console.Out.WriteLineAsync(line).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }, cancellationToken).ConfigureAwait(false);
    }
}
