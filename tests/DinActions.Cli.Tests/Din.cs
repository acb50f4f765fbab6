using System.Diagnostics;

namespace DinActions.Cli.Tests;

/// <summary>Runs <c>din</c> in-process (fast, for most tests) or as a real process (exit codes, stdin, the real console, a native build).</summary>
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

    /// <summary>
    /// The environment variable that names the din to run as a process, such as a native build
    /// (<c>DIN_EXECUTABLE=/path/to/din dotnet test --filter Category=Process</c>); unset, the tests run
    /// <c>dotnet din.dll</c> from their output folder.
    /// </summary>
    public const string ExecutableVariable = "DIN_EXECUTABLE";

    /// <summary>How to start din with <paramref name="args"/>: the executable of <see cref="ExecutableVariable"/>, or <c>dotnet din.dll</c>.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args)
    {
        var executable = Environment.GetEnvironmentVariable(ExecutableVariable);
        var start = string.IsNullOrEmpty(executable) ? new ProcessStartInfo("dotnet") : new ProcessStartInfo(Path.GetFullPath(executable));
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        if (string.IsNullOrEmpty(executable))
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "din.dll"));
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        return start;
    }

    /// <summary>Starts din as a process (see <see cref="StartInfo"/>), with a deadline so a hang fails instead of blocking.</summary>
    public static Task<DinRun> AsProcess(string workingDirectory, string? input, params string[] args) =>
        AsProcessWith(new Dictionary<string, string>(), workingDirectory, input, args);

    /// <summary>As <see cref="AsProcess"/>, with more environment variables for the process.</summary>
    public static async Task<DinRun> AsProcessWith(IReadOnlyDictionary<string, string> environment, string workingDirectory, string? input, params string[] args)
    {
        var start = StartInfo(workingDirectory, args);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
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
