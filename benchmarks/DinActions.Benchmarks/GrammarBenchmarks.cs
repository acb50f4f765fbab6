using BenchmarkDotNet.Attributes;
using DinActions.Binding;
using DinActions.Syntax;
using DinActions.Validation;
using Pidgin;

namespace DinActions.Benchmarks;

/// <summary>
/// What each production of the surface grammar costs on its own, on the typical transfer line: where the time of
/// a parse goes, from Pidgin's bare <c>Parse</c> call up to the whole script.
/// </summary>
[MemoryDiagnoser]
public class GrammarBenchmarks
{
    private const string Line = "transfer +81662345678 --caller=+819012345678";
    private static readonly ValidationOptions WithoutNumberingPlan = ValidationOptions.Default with { CheckNumberingPlan = false };
    private readonly SyntaxTree tree = SyntaxTree.Parse(Line);
    private readonly BoundScript bound = Binder.Bind(SyntaxTree.Parse(Line));

    private const string QuotedLine = "\"Welcome to DinActions. Please hold while we transfer your call.\"";

    /// <summary>A bare <c>Parse</c> call that reads nothing.</summary>
    [Benchmark(Baseline = true)]
    public bool BareParse() => Parser<char>.Return(Unit.Value).Parse(Line).Success;

    /// <summary>One word.</summary>
    [Benchmark]
    public bool Word() => ScriptParser.Word.Parse(Line).Success;

    /// <summary>One element (a word, with its offset and kind).</summary>
    [Benchmark]
    public bool Element() => ScriptParser.Element.Parse(Line).Success;

    /// <summary>One quoted text.</summary>
    [Benchmark]
    public bool QuotedText() => ScriptParser.QuotedText.Parse(QuotedLine).Success;

    /// <summary>One line: its three elements and the blanks between them.</summary>
    [Benchmark]
    public bool WholeLine() => ScriptParser.Line.Parse(Line).Success;

    /// <summary>The script: the line, numbered, with its tokens' final spans.</summary>
    [Benchmark]
    public bool Script() => ScriptParser.Script.Parse(Line).Success;

    /// <summary>The stage after the parser alone: the line's tree, bound.</summary>
    [Benchmark]
    public object Bind() => Binder.Bind(tree);

    /// <summary>The rules alone, on the bound line, numbering plan off.</summary>
    [Benchmark]
    public int Rules() => Validator.Validate(bound, WithoutNumberingPlan, numberingPlan: null).Length;
}
