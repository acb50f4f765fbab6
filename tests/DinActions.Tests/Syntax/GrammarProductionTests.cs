using System.Reflection;
using DinActions.Syntax;
using FluentAssertions;
using Pidgin;

namespace DinActions.Tests.Syntax;

/// <summary>
/// The parser and <c>grammar/actions.ebnf</c> stay in step: one parser per surface production, same name, same
/// rule; and each production, run on its own, reads what its rule says.
/// </summary>
public sealed class GrammarProductionTests
{
    private static readonly string Grammar = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "grammar", "actions.ebnf"));

    public static TheoryData<string, string> SurfaceProductions()
    {
        var partA = Grammar[Grammar.IndexOf("Part A: surface syntax", StringComparison.Ordinal)..Grammar.IndexOf("Part B: actions", StringComparison.Ordinal)];
        var data = new TheoryData<string, string>();
        foreach (var line in partA.Split('\n'))
        {
            var separator = line.IndexOf("::=", StringComparison.Ordinal);
            if (separator > 0 && !line.StartsWith(' '))
            {
                var comment = line.IndexOf("/*", StringComparison.Ordinal);
                var rule = comment > 0 ? line[..comment] : line;
                data.Add(line[..separator].Trim(), Normalize(rule));
            }
        }

        return data;
    }

    [Fact]
    public void The_grammar_has_both_parts_and_every_surface_production()
    {
        SurfaceProductions().Select(row => (string)row[0]).Should().BeEquivalentTo(
            "script", "bom", "line", "line_break", "blanks", "blank", "element", "word", "word_start", "word_char",
            "quoted_text", "text_chars", "escape");
    }

    [Theory]
    [MemberData(nameof(SurfaceProductions))]
    public void Every_surface_production_has_a_parser_or_predicate_of_the_same_name(string production, string rule)
    {
        var name = string.Concat(production.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
        var type = typeof(SyntaxTree).Assembly.GetType("DinActions.Syntax.ScriptParser")!;
        var field = type.GetField(name, BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public);
        var predicate = type.GetMethod("Is" + name, BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public);

        if (field is not null)
        {
            field.IsInitOnly.Should().BeTrue($"{name} is a static readonly parser");
            field.FieldType.GetGenericTypeDefinition().Should().Be(typeof(Parser<,>));
        }
        else
        {
            predicate.Should().NotBeNull($"`{production}` needs a parser field `{name}` or a predicate `Is{name}`");
            predicate!.ReturnType.Should().Be<bool>();
        }

        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Syntax", "ScriptParser.cs"));
        source.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("// ", StringComparison.Ordinal))
            .Select(line => Normalize(line[3..]))
            .Should().Contain(rule, "the parser carries its production's EBNF line as a comment");
    }

    private static string Normalize(string rule) => string.Join(' ', rule.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("\uFEFFsay", true, 1)]
    [InlineData("say", false, 0)]
    public void Bom_reads_one_byte_order_mark(string input, bool success, int end) =>
        Check(ScriptParser.Bom, input, success, end);

    [Theory]
    [InlineData(" \t x", 3)]
    [InlineData("x", 0)]
    [InlineData("", 0)]
    [InlineData("\u3000x", 0)]
    public void Blanks_read_spaces_and_tabs_and_nothing_else(string input, int end) =>
        Check(ScriptParser.Blanks, input, success: true, end);

    [Theory]
    [InlineData("\r\nx", LineBreakKind.CarriageReturnLineFeed, 2)]
    [InlineData("\nx", LineBreakKind.LineFeed, 1)]
    [InlineData("\rx", LineBreakKind.CarriageReturn, 1)]
    [InlineData("\n\r", LineBreakKind.LineFeed, 1)]
    internal void Line_break_reads_one_line_break_of_its_kind(string input, LineBreakKind kind, int end)
    {
        ScriptParser.LineBreak.Parse(input).Value.Should().Be(kind);
        Check(ScriptParser.LineBreak, input, success: true, end);
    }

    [Theory]
    [InlineData("x")]
    [InlineData(" ")]
    [InlineData("")]
    public void Line_break_fails_on_anything_else(string input) =>
        Check(ScriptParser.LineBreak, input, success: false, 0);

    [Theory]
    [InlineData("say en", TokenKind.Word, 3)]
    [InlineData("--caller=+81 x", TokenKind.Option, 12)]
    [InlineData("-5 x", TokenKind.Word, 2)]
    [InlineData("a\"b\" c", TokenKind.Word, 4)]
    [InlineData("url\tx", TokenKind.Word, 3)]
    internal void Word_reads_up_to_a_blank_or_line_break_and_is_an_option_when_it_starts_with_two_hyphens(string input, TokenKind kind, int end)
    {
        ScriptParser.Word.Parse(input).Value.Should().BeTrue("a word is always closed");
        ScriptParser.Element.Parse(input).Value.Should().Be(new RawToken(0, end, kind, IsTerminated: true));
        Check(ScriptParser.Word, input, success: true, end);
    }

    [Theory]
    [InlineData("\"x")]
    [InlineData(" x")]
    [InlineData("\nx")]
    public void Word_fails_without_consuming_on_a_quote_a_blank_or_a_line_break(string input) =>
        Check(ScriptParser.Word, input, success: false, 0);

    [Theory]
    [InlineData("abc\"", 3)]
    [InlineData("a b\\c", 3)]
    [InlineData("ab\ncd", 2)]
    [InlineData("", 0)]
    [InlineData("\"", 0)]
    public void Text_chars_read_up_to_a_quote_a_backslash_or_a_line_break(string input, int end) =>
        Check(ScriptParser.TextChars, input, success: true, end);

    [Theory]
    [InlineData("\\\"x", 2)]
    [InlineData("\\\\", 2)]
    [InlineData("\\n", 2)]
    [InlineData("\\\nx", 1)]
    [InlineData("\\", 1)]
    public void Escape_reads_a_backslash_and_the_character_after_it_unless_the_line_ends(string input, int end) =>
        Check(ScriptParser.Escape, input, success: true, end);

    [Theory]
    [InlineData("\"a\\\"b\" c", true, 6)]
    [InlineData("\"\" x", true, 2)]
    [InlineData("\"abc", false, 4)]
    [InlineData("\"ab\ncd\"", false, 3)]
    [InlineData("\"ab\\", false, 4)]
    internal void Quoted_text_reads_to_its_closing_quote_or_the_end_of_the_line(string input, bool closed, int end)
    {
        ScriptParser.QuotedText.Parse(input).Value.Should().Be(closed);
        ScriptParser.Element.Parse(input).Value.Should().Be(new RawToken(0, end, TokenKind.QuotedText, closed));
        Check(ScriptParser.QuotedText, input, success: true, end);
    }

    [Fact]
    public void Element_reads_a_word_or_a_quoted_text_with_where_it_is()
    {
        ScriptParser.Element.Parse("\"a b\" c").Value.Should().Be(new RawToken(0, 5, TokenKind.QuotedText, IsTerminated: true));
        ScriptParser.Element.Parse("say en").Value.Should().Be(new RawToken(0, 3, TokenKind.Word, IsTerminated: true));
        ScriptParser.Element.Parse(" say").Success.Should().BeFalse();
    }

    [Fact]
    public void Line_reads_every_element_of_one_line_between_its_blanks()
    {
        var line = ScriptParser.Line.Parse("  say\ten \"x y\" \nnext").Value;

        line.Start.Should().Be(0);
        line.End.Should().Be(15);
        line.Elements.Should().Equal(
            new RawToken(2, 3, TokenKind.Word, true),
            new RawToken(6, 2, TokenKind.Word, true),
            new RawToken(9, 5, TokenKind.QuotedText, true));
    }

    [Fact]
    public void Script_reads_every_line_with_its_number_line_break_and_final_spans()
    {
        var script = ScriptParser.Script.Parse("\uFEFFsay en \"a\"\r\n\n  voicemail").Value;

        script.HasByteOrderMark.Should().BeTrue();
        script.Lines.Select(line => (line.Number, line.LineBreak, line.Span)).Should().Equal(
            (1, LineBreakKind.CarriageReturnLineFeed, new SourceSpan(0, 11, 1, 1)),
            (2, LineBreakKind.LineFeed, new SourceSpan(13, 0, 2, 1)),
            (3, LineBreakKind.None, new SourceSpan(14, 11, 3, 1)));
        script.Lines[0].Tokens.Select(token => token.Span).Should().Equal(
            new SourceSpan(1, 3, 1, 2), new SourceSpan(5, 2, 1, 6), new SourceSpan(8, 3, 1, 9));
        script.Lines[2].Tokens.Should().Equal(new SyntaxToken(TokenKind.Word, new SourceSpan(16, 9, 3, 3)));
    }

    /// <summary>Runs <paramref name="production"/> alone on <paramref name="input"/>: whether it succeeds, and where it stops.</summary>
    private static void Check<T>(Parser<char, T> production, string input, bool success, int end)
    {
        var result = production.Then(Parser<char>.CurrentOffset).Parse(input);

        result.Success.Should().Be(success);
        if (success)
        {
            result.Value.Should().Be(end);
        }
        else
        {
            result.Error!.ErrorOffset.Should().Be(end, "a production that fails consumes nothing");
        }
    }
}
