using System.Text;
using DinActions.Syntax;
using FluentAssertions;

namespace DinActions.Tests.Syntax;

/// <summary>
/// The parser and the decoder at the edges of their buffers and character ranges: the last character of the
/// BMP, runs longer than one search window, invalid bytes after more text than one decoding pass holds.
/// </summary>
public sealed class SyntaxEdgeTests
{
    [Fact]
    public void The_last_character_of_the_bmp_is_a_word_not_a_blank()
    {
        var tree = SyntaxTree.Parse(" \uFFFF ");

        tree.Lines[0].Tokens.Should().Equal(new SyntaxToken(TokenKind.Word, new SourceSpan(1, 1, 1, 2)));
    }

    [Theory]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(8192)]
    [InlineData(10_000)]
    public void A_word_or_a_text_as_long_as_the_search_window_or_longer_is_one_token(int length)
    {
        var word = new string('w', length);
        var text = new string('t', length);

        var tree = SyntaxTree.Parse($"{word} \"{text}\" x");

        tree.Lines[0].Tokens.Should().Equal(
            new SyntaxToken(TokenKind.Word, new SourceSpan(0, length, 1, 1)),
            new SyntaxToken(TokenKind.QuotedText, new SourceSpan(length + 1, length + 2, 1, length + 2)),
            new SyntaxToken(TokenKind.Word, new SourceSpan((2 * length) + 4, 1, 1, (2 * length) + 5)));
    }

    [Theory]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    public void Blanks_as_long_as_the_search_window_or_longer_are_skipped_at_once(int length)
    {
        var tree = SyntaxTree.Parse(new string(' ', length) + "x");

        tree.Lines[0].Tokens.Should().Equal(new SyntaxToken(TokenKind.Word, new SourceSpan(length, 1, 1, length + 1)));
    }

    [Fact]
    public void The_text_of_a_span_is_the_characters_it_covers()
    {
        var tree = SyntaxTree.Parse("say en \"x\"");

        tree.TextOf(new SourceSpan(4, 2, 1, 5)).ToString().Should().Be("en");
        tree.Text.Should().Be("say en \"x\"");
    }

    [Theory]
    [InlineData(511)]
    [InlineData(512)]
    [InlineData(513)]
    [InlineData(5000)]
    public void A_bad_byte_after_more_text_than_one_decoding_pass_is_found_where_it_is(int valid)
    {
        // Two-byte characters: the decoding pass is counted in characters, the bad byte in bytes.
        var bytes = Encoding.UTF8.GetBytes(new string('é', valid)).Append((byte)0xFF).ToArray();

        Utf8Source.FirstInvalidByte(bytes).Should().Be(2 * valid);
        var notUtf8 = Utf8Source.Decode(bytes, out _);
        notUtf8!.Span.Should().Be(new SourceSpan(valid, 0, 1, valid + 1));
        notUtf8.Message.Should().StartWith($"byte 0xFF at byte offset {2 * valid} is not UTF-8");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(512)]
    [InlineData(5000)]
    public void Valid_bytes_of_any_length_have_no_bad_byte(int length) =>
        Utf8Source.FirstInvalidByte(Encoding.UTF8.GetBytes(new string('é', length))).Should().Be(-1);

    [Theory]
    [InlineData(new byte[] { 0x61, 0x0D, 0xFF }, 2, 1)]
    [InlineData(new byte[] { 0x61, 0x0D, 0x0A, 0xFF }, 2, 1)]
    [InlineData(new byte[] { 0x61, 0x0D, 0x0D, 0xFF }, 3, 1)]
    [InlineData(new byte[] { 0x61, 0x0A, 0x0D, 0x0A, 0xFF }, 3, 1)]
    [InlineData(new byte[] { 0x0D, 0x62, 0xFF }, 2, 2)]
    [InlineData(new byte[] { 0x61, 0x62, 0x0A, 0x63, 0x64, 0xFF }, 2, 3)]
    public void The_line_of_a_bad_byte_is_counted_as_the_grammar_ends_lines(byte[] bytes, int line, int column)
    {
        var notUtf8 = Utf8Source.Decode(bytes, out _);

        (notUtf8!.Span.Line, notUtf8.Span.Column).Should().Be((line, column));
    }
}
