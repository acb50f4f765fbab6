using System.Buffers;
using BenchmarkDotNet.Attributes;
using DinActions.Baselines;
using DinActions.Binding;
using DinActions.Syntax;
using Pidgin;

namespace DinActions.Benchmarks;

/// <summary>
/// Parsing one typical line of each action: the core's Pidgin parser (the baseline of the ratios)
/// against a hand-written span parser, a source-generated Regex chain and a Parlot grammar. The core
/// builds the syntax tree (every token, span and role); the others build the AST with its strings.
/// Two floors show what Pidgin itself costs for the same line: a bare <c>Parse</c> call that reads nothing,
/// and one scan of every character with the grammar's scanning primitive.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private static readonly Parser<char, Unit> NothingRead = Parser<char>.Return(Unit.Value);
    private static readonly Parser<char, Unit> EveryCharacter = new SkipUntilAnyParser(SearchValues.Create(string.Empty));

    private static readonly ValidationOptions WithoutNumberingPlan = ValidationOptions.Default with { CheckNumberingPlan = false };

    private string line = string.Empty;

    /// <summary>The action the line is.</summary>
    [ParamsSource(typeof(TypicalLines), nameof(TypicalLines.Kinds))]
    public string Kind { get; set; } = "say";

    /// <summary>Picks the line.</summary>
    [GlobalSetup]
    public void Setup() => line = TypicalLines.Of(Kind);

    /// <summary>The core: the Pidgin surface parser and the binder.</summary>
    [Benchmark(Baseline = true)]
    public object Pidgin() => Binder.Bind(SyntaxTree.Parse(line));

    /// <summary>The core's surface parser alone: the syntax tree, without the binder.</summary>
    [Benchmark]
    public object PidginSurface() => SyntaxTree.Parse(line);

    /// <summary>Pidgin's floor: a <c>Parse</c> call that reads nothing.</summary>
    [Benchmark]
    public bool PidginBareParse() => NothingRead.Parse(line).Success;

    /// <summary>Pidgin's floor: one scan of every character of the line with the scanning primitive.</summary>
    [Benchmark]
    public bool PidginOneScan() => EveryCharacter.Parse(line).Success;

    /// <summary>The core's whole check of the line: parse, bind and every rule, numbering plan off.</summary>
    [Benchmark]
    public int Validate() => ActionScript.Validate(line, WithoutNumberingPlan).Length;

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
