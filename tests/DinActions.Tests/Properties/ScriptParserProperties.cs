using System.Buffers;
using DinActions.Syntax;
using FluentAssertions;
using FsCheck.Fluent;
using Pidgin;

namespace DinActions.Tests.Properties;

/// <summary>
/// The grammar's one scanning primitive, <see cref="SkipUntilAnyParser"/>, is Pidgin's
/// <c>Token(c =&gt; !stop.Contains(c)).SkipMany()</c> made fast: on any input and any set of stop characters the
/// two succeed alike and stop at the same offset, with what follows read the same.
/// </summary>
public sealed class ScriptParserProperties
{
    private static readonly string[] StopSets =
    [
        " \t\n\r", "\"\\\n\r", "", "a", "\uD800\uFEFF\u2028", "0123456789+",
        // Every character but a blank, as `blanks` uses it.
        string.Concat(Enumerable.Range(0, char.MaxValue + 1).Select(code => (char)code).Where(c => c is not (' ' or '\t'))),
    ];

    [Fact]
    public void The_scanning_primitive_stops_where_Pidgins_SkipMany_of_the_other_characters_stops()
    {
        var texts = Gen.Frequency((2, Generators.AnyText), (1, Generators.MutatedText), (1, Generators.NoisyValidText));
        var stops = Gen.Elements(StopSets);
        PropertyRuns.Run(Prop.ForAll(Generators.Shrinking(texts), stops.ToArbitrary(), (text, stop) => Generators.Guard(text, () =>
        {
            var (fast, standard) = Both(stop);

            var fastResult = fast.Parse(text);
            var standardResult = standard.Parse(text);

            fastResult.Success.Should().Be(standardResult.Success);
            fastResult.Value.Should().Be(standardResult.Value, "both stop at the same offset for the stop set `{0}`", stop);
        })));
    }

    [Theory]
    [InlineData("", " ")]
    [InlineData("abc", " ")]
    [InlineData("abc def", " ")]
    [InlineData(" leading", " ")]
    [InlineData("say en \"x\"", "\"")]
    [InlineData("\"", "\"")]
    [InlineData("no stop at all", "")]
    public void The_scanning_primitive_stops_where_Pidgins_SkipMany_stops_on_edge_cases(string text, string stop)
    {
        var (fast, standard) = Both(stop);

        fast.Parse(text).Value.Should().Be(standard.Parse(text).Value);
    }

    [Fact]
    public void The_scanning_primitive_reads_past_its_window_on_a_long_input()
    {
        var text = new string('a', 10_000) + " b";
        var (fast, standard) = Both(" ");

        fast.Parse(text).Value.Should().Be(10_000).And.Be(standard.Parse(text).Value);
    }

    /// <summary>
    /// <c>element</c> and <c>line_break</c> choose their alternative by looking at the first character; Pidgin's
    /// <c>OneOf</c> of the same alternatives, which tries each in turn, must read exactly the same.
    /// </summary>
    [Fact]
    public void Choosing_by_the_first_character_reads_what_OneOf_reads()
    {
        var element = Parser.Map(
            static (start, closed, end) => (Start: start, Closed: closed, End: end),
            Parser<char>.CurrentOffsetLong,
            Parser.OneOf(ScriptParser.Word, ScriptParser.QuotedText),
            Parser<char>.CurrentOffsetLong);
        var lineBreak = Parser.OneOf(
            Parser<char>.Token('\r').Then(Parser<char>.Token('\n').Optional(), static (_, lineFeed) => lineFeed.HasValue ? LineBreakKind.CarriageReturnLineFeed : LineBreakKind.CarriageReturn),
            Parser<char>.Token('\n').Select(static _ => LineBreakKind.LineFeed));
        var texts = Gen.Frequency((2, Generators.AnyText), (1, Generators.MutatedText), (1, Generators.NoisyValidText));
        var offsets = Gen.Choose(0, 8);
        PropertyRuns.Run(Prop.ForAll(Generators.Shrinking(texts), offsets.ToArbitrary(), (text, skip) => Generators.Guard(text, () =>
        {
            var rest = text[Math.Min(skip, text.Length)..];

            var chosen = ScriptParser.Element.Parse(rest);
            var tried = element.Parse(rest);
            chosen.Success.Should().Be(tried.Success, "for `{0}`", rest);
            if (chosen.Success)
            {
                (chosen.Value.Offset, chosen.Value.Offset + chosen.Value.Length, chosen.Value.IsTerminated)
                    .Should().Be(((int)tried.Value.Start, (int)tried.Value.End, tried.Value.Closed), "for `{0}`", rest);
            }

            var chosenBreak = ScriptParser.LineBreak.Parse(rest);
            var triedBreak = lineBreak.Parse(rest);
            chosenBreak.Success.Should().Be(triedBreak.Success, "for `{0}`", rest);
            if (chosenBreak.Success)
            {
                chosenBreak.Value.Should().Be(triedBreak.Value);
            }
        })));
    }

    [Fact]
    public void Each_element_starts_at_exactly_the_characters_its_production_allows()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            foreach (var second in new[] { "", "-", "x", " " })
            {
                var text = c + second;
                var word = ScriptParser.Word.Parse(text);
                word.Success.Should().Be(c is not (' ' or '\t' or '\n' or '\r' or '"'), "word_start ::= word_char - '\"' for U+{0:X4}", code);
                if (word.Success)
                {
                    ScriptParser.Element.Parse(text).Value.Kind.Should().Be(text.StartsWith("--", StringComparison.Ordinal) ? TokenKind.Option : TokenKind.Word, "an option is a word that starts with `--` (U+{0:X4})", code);
                }

                ScriptParser.QuotedText.Parse(text).Success.Should().Be(c == '"', "quoted_text ::= '\"' ... for U+{0:X4}", code);
            }
        }
    }

    /// <summary>The primitive and its Pidgin equal, each followed by the offset where it stopped.</summary>
    private static (Parser<char, int> Fast, Parser<char, int> Standard) Both(string stop)
    {
        var values = SearchValues.Create(stop);
        return (
            new SkipUntilAnyParser(values).Then(Parser<char>.CurrentOffset),
            Parser<char>.Token(c => !values.Contains(c)).SkipMany().Then(Parser<char>.CurrentOffset));
    }
}
