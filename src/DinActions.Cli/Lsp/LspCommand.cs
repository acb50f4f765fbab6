using System.CommandLine;

namespace DinActions.Cli.Lsp;

/// <summary><c>din lsp</c>: the language server on standard input and output.</summary>
internal static class LspCommand
{
    public static Command Create(DinConsole console)
    {
        var command = new Command("lsp", "Run the language server (Language Server Protocol 3.17) on standard input and output, for editors: diagnostics, quick fixes, formatting, hover and completion. Exit codes: 0 after shutdown and exit, 1 when the session ends otherwise.");
        command.SetAction(async (_, cancellation) =>
        {
            // The protocol owns standard output: nothing else may write to it while the server runs.
            await using var input = Console.OpenStandardInput();
            await using var output = Console.OpenStandardOutput();
            using var server = new LanguageServer(input, output);
            return await server.RunAsync();
        });
        return command;
    }
}
