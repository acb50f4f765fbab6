using BenchmarkDotNet.Attributes;
using DinActions.Baselines;

namespace DinActions.Benchmarks;

/// <summary>
/// Linting 100,000 lines one after the other, each as the document an action URL answers: the time and
/// the allocation reported are per line (lines per second = 10^9 / Mean in ns). Valid lines, and a mix
/// where about half the lines have a mistake.
/// </summary>
[MemoryDiagnoser]
public class BulkLintBenchmarks
{
    /// <summary>How many lines one invocation lints.</summary>
    public const int Lines = 100_000;

    private static readonly ValidationOptions Options = new() { CheckNumberingPlan = false };

    private string[] valid = [];
    private string[] mixed = [];

    /// <summary>Generates the lines.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var generator = new LineGenerator(seed: 42);
        valid = [.. Enumerable.Range(0, Lines).Select(_ => generator.ValidLine())];
        mixed = [.. Enumerable.Range(0, Lines).Select(_ => generator.AnyLine())];
    }

    /// <summary>100,000 valid lines, numbering plan off.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Lines)]
    public int ValidLines() => Lint(valid);

    /// <summary>100,000 lines, about half with a mistake, numbering plan off.</summary>
    [Benchmark(OperationsPerInvoke = Lines)]
    public int MixedLines() => Lint(mixed);

    /// <summary>The hand-written span parser over the valid lines, for scale: it only accepts or refuses.</summary>
    [Benchmark(OperationsPerInvoke = Lines)]
    public int SpanParserValidLines()
    {
        var accepted = 0;
        foreach (var line in valid)
        {
            accepted += SpanParser.Instance.ParseLine(line) is null ? 0 : 1;
        }

        return accepted;
    }

    private static int Lint(string[] lines)
    {
        var diagnostics = 0;
        foreach (var line in lines)
        {
            diagnostics += ActionScript.Validate(line, Options).Length;
        }

        return diagnostics;
    }
}
