using System.Reflection;
using DinActions.Syntax;
using FluentAssertions;
using FsCheck.Fluent;
using Pidgin;

namespace DinActions.Tests.Properties;

/// <summary>
/// The grammar's own combinators (<c>FirstOf</c> choosing an alternative by its announcement,
/// <c>Trailed</c>, <c>ZeroOrMore</c>, <c>Opt</c>) are shortcuts: a line must come out exactly as
/// Pidgin's standard combinators, put together from the same productions, read it.
/// </summary>
public sealed class ScriptParserProperties
{
    private static readonly Parser<char, SyntaxToken> QuotedText = Production<SyntaxToken>("QuotedText");
    private static readonly Parser<char, SyntaxToken> Option = Production<SyntaxToken>("Option");
    private static readonly Parser<char, SyntaxToken> Word = Production<SyntaxToken>("Word");
    private static readonly Parser<char, Unit> Blanks = Production<Unit>("Blanks");
    private static readonly Parser<char, RawLine> Line = Production<RawLine>("Line");

    // line ::= blanks? ( element blanks? )*, with element ::= quoted_text | option | word, in Pidgin's words.
    private static readonly Parser<char, RawLine> StandardLine =
        Parser.Map(
            (start, _, tokens, end) => new RawLine(start, end, [.. tokens]),
            Parser<char>.CurrentOffset,
            Blanks.Optional(),
            Parser.OneOf(QuotedText, Option, Word).Before(Blanks.Optional()).Many(),
            Parser<char>.CurrentOffset);

    [Fact]
    public void A_line_reads_the_same_tokens_as_with_Pidgins_standard_combinators()
    {
        var texts = Gen.Frequency((2, Generators.AnyText), (1, Generators.MutatedText), (1, Generators.NoisyValidText));
        PropertyRuns.Run(Prop.ForAll(Generators.Shrinking(texts), text => Generators.Guard(text, () =>
        {
            var fast = Line.Before(Parser<char>.Any.SkipMany()).Parse(text);
            var standard = StandardLine.Before(Parser<char>.Any.SkipMany()).Parse(text);

            fast.Success.Should().Be(standard.Success);
            fast.Value.Start.Should().Be(standard.Value.Start);
            fast.Value.End.Should().Be(standard.Value.End, "the line ends at the same offset");
            fast.Value.Tokens.Should().Equal(standard.Value.Tokens);
        })));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("--")]
    [InlineData("-5 --x \"a\\\"b\" c")]
    [InlineData("\"unclosed \\")]
    [InlineData(" \t say  en\t\"x\" \r\n next")]
    [InlineData("\u00E9t\u00E9 \u2028 \uD800 \0")]
    public void A_line_reads_the_same_tokens_as_with_Pidgins_standard_combinators_on_edge_cases(string text)
    {
        var fast = Line.Parse(text);
        var standard = StandardLine.Parse(text);

        fast.Value.End.Should().Be(standard.Value.End);
        fast.Value.Tokens.Should().Equal(standard.Value.Tokens);
    }

    [Fact]
    public void Each_token_starts_at_exactly_the_characters_its_production_allows()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            foreach (var second in new[] { "", "-", "x", " " })
            {
                var text = c + second;
                Word.Parse(text).Success.Should().Be(c is not (' ' or '\t' or '\n' or '\r' or '"'), "word_start ::= word_char - '\"' for U+{0:X4}", code);
                Option.Parse(text).Success.Should().Be(text.StartsWith("--", StringComparison.Ordinal), "option ::= '--' word_char* for U+{0:X4}", code);
                QuotedText.Parse(text).Success.Should().Be(c == '"', "quoted_text ::= '\"' ... for U+{0:X4}", code);
            }
        }
    }

    private static Parser<char, T> Production<T>(string name) =>
        (Parser<char, T>)typeof(SyntaxTree).Assembly.GetType("DinActions.Syntax.ScriptParser")!
            .GetField(name, BindingFlags.Static | BindingFlags.NonPublic)!
            .GetValue(null)!;
}
