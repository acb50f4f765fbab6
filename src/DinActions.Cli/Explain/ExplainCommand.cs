using System.CommandLine;

namespace DinActions.Cli.Explain;

/// <summary><c>din explain CODE</c>: prints a rule's page, the same text SARIF carries as help.</summary>
internal static class ExplainCommand
{
    private static readonly Argument<string> Code = new("code")
    {
        Description = "A rule code, such as DIN0001 (see `din rules`).",
    };

    public static Command Create(DinConsole console)
    {
        var command = new Command("explain", "Print a rule's page: what it checks, why, a bad and a good example, how to fix, how to silence.")
        {
            Code,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(Code) ?? string.Empty, console));
        return command;
    }

    internal static int Run(string code, DinConsole console)
    {
        if (DinRules.Find(code) is not { } rule)
        {
            console.Error.WriteLine($"din: no rule has the code `{code}`; run `din rules` for the list");
            return ExitCodes.UsageOrIo;
        }

        console.Out.Write(rule.Help);
        return ExitCodes.Success;
    }
}
