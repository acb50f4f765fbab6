using BenchmarkDotNet.Attributes;
using DinActions.Baselines;
using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Benchmarks;

/// <summary>
/// A <c>say</c> line of 10 to 1,000,000 characters of text (with escapes): time per character must stay
/// flat in the parser, the validator and the emitter, with no quadratic step anywhere.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private static readonly ValidationOptions Options = new() { CheckNumberingPlan = false };

    private string line = string.Empty;

    /// <summary>Characters of text in the line.</summary>
    [Params(10, 1_000, 100_000, 1_000_000)]
    public int Length { get; set; }

    /// <summary>Builds the line.</summary>
    [GlobalSetup]
    public void Setup() => line = LineGenerator.SayOfLength(Length);

    /// <summary>The core's parser.</summary>
    [Benchmark(Baseline = true)]
    public object Parse() => Binder.Bind(SyntaxTree.Parse(line));

    /// <summary>Parse and validate, numbering plan off.</summary>
    [Benchmark]
    public int Validate() => ActionScript.Validate(line, Options).Length;

    /// <summary>Parse, validate and emit.</summary>
    [Benchmark]
    public string RoundTrip() => ActionScript.Format(line, Options);

    /// <summary>The hand-written span parser, for scale.</summary>
    [Benchmark]
    public LineAction? Span() => SpanParser.Instance.ParseLine(line);
}
