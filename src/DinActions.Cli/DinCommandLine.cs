using System.CommandLine;

namespace DinActions.Cli;

/// <summary>The <c>din</c> command line: its commands, and how a run maps to an exit code.</summary>
internal static class DinCommandLine
{
    /// <summary>Parses <paramref name="args"/> and runs the command, writing to the given streams.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, DinConsole.Redirected(output, error));

    /// <summary>Parses <paramref name="args"/> and runs the command on <paramref name="console"/>.</summary>
    public static async Task<int> RunAsync(string[] args, DinConsole console)
    {
        var (output, error) = (console.Out, console.Error);
        var root = new RootCommand("din: lint action files of the DIN action language.");
        root.Subcommands.Add(LintCommand.Create(console));
        root.Subcommands.Add(Call.CallCommand.Create(console));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync($"din: {parseError.Message}");
            }

            await error.WriteLineAsync("Run `din --help` for usage.");
            return ExitCodes.UsageOrIo;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
