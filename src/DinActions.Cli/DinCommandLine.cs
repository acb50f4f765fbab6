using System.CommandLine;
using DinActions.Cli.Explain;
using DinActions.Cli.Format;
using DinActions.Cli.Lint;
using DinActions.Cli.Numbers;
using DinActions.Cli.Serve;

namespace DinActions.Cli;

/// <summary>The <c>din</c> command line: its commands, and how a run maps to an exit code.</summary>
internal static class DinCommandLine
{
    /// <summary>Parses <paramref name="args"/> and runs the command, writing to the given streams.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TextReader? input = null) =>
        RunAsync(args, DinConsole.Redirected(output, error, input));

    /// <summary>Parses <paramref name="args"/> and runs the command on <paramref name="console"/>.</summary>
    public static Task<int> RunAsync(string[] args, DinConsole console) => RunAsync(Build(console), args, console);

    /// <summary>Runs <paramref name="args"/> against <paramref name="root"/>: usage errors exit 2, a defect ends in one line.</summary>
    internal static async Task<int> RunAsync(RootCommand root, string[] args, DinConsole console)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await console.Error.WriteLineAsync($"din: {parseError.Message}");
            }

            await console.Error.WriteLineAsync("Run `din --help` for usage.");
            return ExitCodes.UsageOrIo;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A defect must still end in one readable line and exit code, never a stack trace on a user's terminal.
            await console.Error.WriteLineAsync($"din: internal error: {exception.GetType().Name}: {exception.Message}");
            return ExitCodes.UsageOrIo;
        }
    }

    /// <summary>The root command with every subcommand, for running and for tests that only parse.</summary>
    public static RootCommand Build(DinConsole console)
    {
        var root = new RootCommand("din: the tool of the DIN action language (playback, transfer, say, voicemail): lint and format action files and explain their rules (lint, fmt, explain, rules), check a live action URL as the cloud requests it (call), serve an action or rules file as an action URL (serve), run scenario files of calls against them or a live URL (test), and provision numbers on the DIN API and Exotel (numbers, exotel).");
        root.Subcommands.Add(LintCommand.Create(console));
        root.Subcommands.Add(FmtCommand.Create(console));
        root.Subcommands.Add(ExplainCommand.Create(console));
        root.Subcommands.Add(RulesCommand.Create(console));
        root.Subcommands.Add(Call.CallCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(Testing.TestCommand.Create(console));
        root.Subcommands.Add(NumbersCommand.Create(console));
        root.Subcommands.Add(ExotelCommand.Create(console));
        return root;
    }
}
