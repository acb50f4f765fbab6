using BenchmarkDotNet.Attributes;
using DinActions.Baselines;
using DinActions.Cli;

namespace DinActions.Benchmarks;

/// <summary>
/// <c>din lint --lines FILE</c> as a user runs it on a log of served actions, in process (the tool's own
/// command line, file reading and reporting; only process start-up is left out): 200,000 and 2,000,000
/// typical valid lines, with and without the numbering plan (libphonenumber). Mean and Allocated are per
/// invocation, that is per file: divide by <see cref="Lines"/> for a line.
/// </summary>
[MemoryDiagnoser]
public class ToolLinesBenchmarks
{
    private string path = string.Empty;

    /// <summary>How many lines the file has.</summary>
    [Params(200_000, 2_000_000)]
    public int Lines { get; set; }

    /// <summary>Whether numbers are also checked against the numbering plan, as <c>din lint</c> does by default.</summary>
    [Params(false, true)]
    public bool NumberingPlan { get; set; }

    /// <summary>Writes the file once and checks that the tool reads it as valid.</summary>
    [GlobalSetup]
    public void Setup()
    {
        path = Path.Combine(Path.GetTempPath(), $"din-lines-{Lines}-{Environment.ProcessId}.log");
        var generator = new LineGenerator(seed: 42);
        using (var writer = new StreamWriter(path))
        {
            for (var line = 0; line < Lines; line++)
            {
                writer.Write(generator.ValidLine());
                writer.Write('\n');
            }
        }

        var exitCode = Lint();
        if (exitCode != ExitCodes.Success)
        {
            throw new InvalidOperationException($"din lint --lines exited {exitCode} on the generated valid lines.");
        }
    }

    /// <summary>Removes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    /// <summary>The whole file, linted with the JSON reporter (what a CI job would keep).</summary>
    [Benchmark]
    public int LintLines() => Lint();

    private int Lint()
    {
        string[] args = NumberingPlan
            ? ["lint", "--lines", "--format", "json", path]
            : ["lint", "--lines", "--no-numbering-plan", "--format", "json", path];
        return DinCommandLine.RunAsync(args, TextWriter.Null, TextWriter.Null).GetAwaiter().GetResult();
    }
}
