using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;

namespace DinActions.Benchmarks;

/// <summary>
/// The rest of the pipeline on a typical line: validation with and without the numbering plan (each
/// includes the parse, as <see cref="ActionScript.Validate(string, ValidationOptions?)"/> does), emitting
/// a script built in code, and the round trip <c>emit(parse(text))</c>.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private static readonly ValidationOptions WithoutNumberingPlan = new() { CheckNumberingPlan = false };

    private string line = string.Empty;
    private ActionScript script = new();

    /// <summary>The action the line is.</summary>
    [ParamsSource(typeof(TypicalLines), nameof(TypicalLines.Kinds))]
    public string Kind { get; set; } = "say";

    /// <summary>Picks the line and builds its script.</summary>
    [GlobalSetup]
    public void Setup()
    {
        line = TypicalLines.Of(Kind);
        script = ActionScript.Parse(line).Script ?? throw new InvalidOperationException($"`{line}` is not valid.");
    }

    /// <summary>Parse and every rule but the numbering plan.</summary>
    [Benchmark(Baseline = true)]
    public ImmutableArray<Diagnostic> ValidateWithoutNumberingPlan() => ActionScript.Validate(line, WithoutNumberingPlan);

    /// <summary>Parse and every rule, the numbering plan (libphonenumber) included.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> ValidateWithNumberingPlan() => ActionScript.Validate(line);

    /// <summary>The canonical text of a script built in code.</summary>
    [Benchmark]
    public string Emit() => script.ToText();

    /// <summary><c>Format</c>: parse, validate without the numbering plan, emit.</summary>
    [Benchmark]
    public string RoundTrip() => ActionScript.Format(line, WithoutNumberingPlan);
}
