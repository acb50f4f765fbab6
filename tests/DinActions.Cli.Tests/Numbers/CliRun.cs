using System.CommandLine;
using DinActions.Cli.Numbers;

namespace DinActions.Cli.Tests.Numbers;

/// <summary>What one in-process run of <c>din</c> printed and exited with.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string All => Output + Error;
}

/// <summary>Runs the provisioning commands in-process with a given environment, as <c>din</c> would.</summary>
internal static class CliRun
{
    public static readonly NumbersLimits FastLimits = new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(2), 64 * 1024);

    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, NumbersLimits? limits = null, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = DinConsole.Redirected(output, error);
        var context = new NumbersContext(console, NumbersEnvironment.From(environment), limits ?? FastLimits);

        // The same root as DinCommandLine builds, with the environment injected.
        var root = new RootCommand("din") { NumbersCommand.Create(context), ExotelCommand.Create(context) };
        var parsed = root.Parse(args);
        int exitCode;
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync($"din: {parseError.Message}");
            }

            exitCode = ExitCodes.UsageOrIo;
        }
        else
        {
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            exitCode = await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, bound.Token);
        }

        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
