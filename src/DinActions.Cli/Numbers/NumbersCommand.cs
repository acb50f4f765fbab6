using System.CommandLine;

namespace DinActions.Cli.Numbers;

/// <summary><c>din numbers</c>: find, subscribe to and configure dial-in numbers through the DIN API.</summary>
internal static class NumbersCommand
{
    /// <summary>The variables named in a hint about refused credentials.</summary>
    public const string CredentialVariables = $"{ProviderSettings.XoxzoSid} and {ProviderSettings.XoxzoAuthToken} to the account's SID and auth token";

    /// <summary>The command, reading credentials from the process's environment.</summary>
    public static Command Create(DinConsole console) => Create(new NumbersContext(console, NumbersEnvironment.FromProcess(), NumbersLimits.Default));

    /// <summary>The command with the given environment and limits, as tests build it.</summary>
    public static Command Create(NumbersContext context)
    {
        var command = new Command(
            "numbers",
            $"Find, subscribe to and configure dial-in numbers (DIN API). Credentials: {ProviderSettings.XoxzoSid}, {ProviderSettings.XoxzoAuthToken}; {ProviderSettings.XoxzoApiBase} overrides the API host. Exit codes: 0 success, 1 API or check failure, 2 usage.");
        command.Subcommands.Add(AvailableCommand.Create(context));
        command.Subcommands.Add(SubscriptionCommands.Subscribe(context));
        command.Subcommands.Add(AttachCommand.Create(context));
        command.Subcommands.Add(ListCommand.Create(context));
        command.Subcommands.Add(SubscriptionCommands.Unsubscribe(context));
        return command;
    }
}
