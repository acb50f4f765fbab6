using System.CommandLine;

namespace DinActions.Cli.Explain;

/// <summary><c>din rules</c>: lists every rule with its code, severity and title.</summary>
internal static class RulesCommand
{
    public static Command Create(DinConsole console)
    {
        var command = new Command("rules", "List every rule: code, default severity and title. `din explain CODE` prints a rule's page.");
        command.SetAction(_ => Run(console));
        return command;
    }

    internal static int Run(DinConsole console)
    {
        foreach (var rule in DinRules.All)
        {
            console.Out.WriteLine($"{rule.Code}  {Diagnostic.SeverityName(rule.DefaultSeverity),-7}  {rule.Title}");
        }

        return ExitCodes.Success;
    }
}
