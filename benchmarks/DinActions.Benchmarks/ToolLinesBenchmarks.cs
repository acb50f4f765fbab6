using BenchmarkDotNet.Attributes;
using DinActions.Baselines;
using DinActions.Cli;

namespace DinActions.Benchmarks;

/// <summary>
/// <c>din lint --lines FILE</c> as a user runs it on a log of served actions, in process (the tool's own
/// command line, file reading and reporting; only process start-up is left out): 200,000 and 2,000,000
/// lines, with and without the numbering plan (libphonenumber): the log of a working server, the
/// generator's valid lines as they come, and those lines repeated as a server repeats its answers.
/// Mean and Allocated are per invocation, that is per file: divide by <see cref="Lines"/> for a line.
/// </summary>
[MemoryDiagnoser]
public class ToolLinesBenchmarks
{
    // How many different lines a repeating log has: a server's few actions, with the numbers and texts they vary by.
    private const int RepeatingAnswers = 1_000;

    private string path = string.Empty;

    /// <summary>The kinds of log the tool is run on.</summary>
    public enum LogKind
    {
        /// <summary>
        /// What a working server answers (<see cref="ServedLog"/>): a few flows, every line valid and without
        /// warnings, about one line in seven new (a transfer passing on the caller's number).
        /// </summary>
        Served,

        /// <summary>
        /// Every line from the generator: numbers and URL paths at random, so about half the lines are new,
        /// and random numbers and mixed scripts draw warnings: one for every five lines, more than one for
        /// every two with the numbering plan.
        /// </summary>
        Generated,

        /// <summary>Lines drawn at random from 1,000 generated ones (warnings included), as a server repeats its answers.</summary>
        Repeating,
    }

    /// <summary>How many lines the file has.</summary>
    [Params(200_000, 2_000_000)]
    public int Lines { get; set; }

    /// <summary>Whether numbers are also checked against the numbering plan, as <c>din lint</c> does by default.</summary>
    [Params(false, true)]
    public bool NumberingPlan { get; set; }

    /// <summary>What the log is made of.</summary>
    [Params(LogKind.Served, LogKind.Generated, LogKind.Repeating)]
    public LogKind Log { get; set; }

    /// <summary>Writes the file once and checks that the tool reads it as valid.</summary>
    [GlobalSetup]
    public void Setup()
    {
        path = Path.Combine(Path.GetTempPath(), $"din-lines-{Lines}-{Log}-{Environment.ProcessId}.log");
        var generator = new LineGenerator(seed: 42);
        var served = new ServedLog(seed: 42);
        var answers = Enumerable.Range(0, RepeatingAnswers).Select(_ => generator.ValidLine()).ToArray();
        var pick = new Random(7);
        using (var writer = new StreamWriter(path))
        {
            for (var line = 0; line < Lines; line++)
            {
                writer.Write(Log switch
                {
                    LogKind.Served => served.NextLine(),
                    LogKind.Repeating => answers[pick.Next(answers.Length)],
                    _ => generator.ValidLine(),
                });
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
