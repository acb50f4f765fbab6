using BenchmarkDotNet.Attributes;
using DinActions.Baselines;
using DinActions.Syntax;

namespace DinActions.Benchmarks;

/// <summary>
/// Parsing one typical line of each action: the core's Pidgin parser (the baseline of the ratios)
/// against a hand-written span parser, a source-generated Regex chain and a Parlot grammar. The core
/// builds the syntax tree (every token, span and role); the others build the AST with its strings.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string line = string.Empty;

    /// <summary>The action the line is.</summary>
    [ParamsSource(typeof(TypicalLines), nameof(TypicalLines.Kinds))]
    public string Kind { get; set; } = "say";

    /// <summary>Picks the line.</summary>
    [GlobalSetup]
    public void Setup() => line = TypicalLines.Of(Kind);

    /// <summary>The core: the Pidgin surface parser and the binder.</summary>
    [Benchmark(Baseline = true)]
    public SyntaxTree Pidgin() => SyntaxTree.Parse(line);

    /// <summary>The hand-written span parser.</summary>
    [Benchmark]
    public LineAction? Span() => SpanParser.Instance.ParseLine(line);

    /// <summary>The chain of <c>[GeneratedRegex]</c> patterns.</summary>
    [Benchmark]
    public LineAction? Regex() => RegexChainParser.Instance.ParseLine(line);

    /// <summary>The Parlot grammar.</summary>
    [Benchmark]
    public LineAction? Parlot() => ParlotParser.Instance.ParseLine(line);
}
