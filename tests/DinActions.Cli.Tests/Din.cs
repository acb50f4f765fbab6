using System.Diagnostics;

namespace DinActions.Cli.Tests;

/// <summary>Runs <c>din</c> in-process (fast, for most tests) or as a real process (exit codes, stdin, the real console).</summary>
internal static class Din
{
    private static readonly TimeSpan ProcessDeadline = TimeSpan.FromSeconds(60);

    public static async Task<DinRun> WithInput(string? input, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = await DinCommandLine.RunAsync(args, output, error, input is null ? null : new StringReader(input));
        return new DinRun(exit, output.ToString(), error.ToString());
    }

    public static Task<DinRun> InProcess(params string[] args) => WithInput(null, args);

    /// <summary>Parses a command line with the real root command, without running it.</summary>
    public static System.CommandLine.ParseResult Parse(params string[] args) =>
        DinCommandLine.Build(DinConsole.Redirected(TextWriter.Null, TextWriter.Null)).Parse(args);

    /// <summary>Starts <c>dotnet din.dll</c> from the test's output folder, with a deadline so a hang fails instead of blocking.</summary>
    public static async Task<DinRun> AsProcess(string workingDirectory, string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "din.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        using var deadline = new CancellationTokenSource(ProcessDeadline);
        var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var error = process.StandardError.ReadToEndAsync(deadline.Token);
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"din {string.Join(' ', args)} did not finish within {ProcessDeadline}");
        }

        return new DinRun(process.ExitCode, (await output).ReplaceLineEndings("\n"), (await error).ReplaceLineEndings("\n"));
    }
}

internal sealed record DinRun(int Exit, string Output, string Error);
