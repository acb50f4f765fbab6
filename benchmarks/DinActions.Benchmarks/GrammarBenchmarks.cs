using BenchmarkDotNet.Attributes;
using DinActions.Syntax;
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
}
