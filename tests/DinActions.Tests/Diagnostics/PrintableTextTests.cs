using DinActions.Diagnostics;
using FluentAssertions;

namespace DinActions.Tests.Diagnostics;

/// <summary>
/// Every mode of <see cref="PrintableText"/>, with the exact text each shows. The cases with a lone surrogate
/// are facts, not InlineData: test discovery would replace a lone surrogate before the test sees it.
/// </summary>
public sealed class PrintableTextTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("日本語 ok", "日本語 ok")]
    [InlineData("a\nb\r\tc", "a\\nb\\r\\tc")]
    [InlineData("\u001b[31mred", "\\u001B[31mred")]
    [InlineData("bell\u0007", "bell\\u0007")]
    [InlineData("c1\u009b", "c1\\u009B")]
    [InlineData("abc\u202Etxt.exe", "abc\\u202Etxt.exe")]
    [InlineData("iso\u2066late", "iso\\u2066late")]
    [InlineData("line\u2028sep", "line\\u2028sep")]
    [InlineData("emoji \ud83d\udcde", "emoji \ud83d\udcde")]
    [InlineData("\uFEFFbom", "\\uFEFFbom")]
    [InlineData("zero\u200Bwidth", "zero\\u200Bwidth")]
    [InlineData("arabic\u061Cmark", "arabic\\u061Cmark")]
    [InlineData("back\\slash `tick` \"quote\"", "back\\slash `tick` \"quote\"")]
    public void Escape_writes_unsafe_characters_as_backslash_escapes(string text, string expected) =>
        PrintableText.Escape(text).Should().Be(expected);

    [Fact]
    public void Escape_writes_a_lone_surrogate_as_its_code()
    {
        PrintableText.Escape("lone\ud800").Should().Be("lone\\uD800");
        PrintableText.Escape("\udc00first").Should().Be("\\uDC00first");
        PrintableText.Escape("\ude00\ud83d").Should().Be("\\uDE00\\uD83D");
    }

    [Fact]
    public void Clip_cuts_then_escapes()
    {
        PrintableText.Clip(new string('a', 10) + "\u001b", max: 5).Should().Be("aaaaa…");
        PrintableText.Clip("ab\u001b", max: 5).Should().Be("ab\\u001B");
        PrintableText.Clip(new string('x', 61)).Should().Be(new string('x', 60) + "…");
    }

    [Theory]
    [InlineData("tranfer", "`tranfer`")]
    [InlineData("a\tb\u0007", "`aU+0009bU+0007`")]
    [InlineData("abc\u202Etxt", "`abcU+202Etxt`")]
    [InlineData("line\u2028sep", "`lineU+2028sep`")]
    [InlineData("\uFEFFbom", "`U+FEFFbom`")]
    [InlineData("with `ticks`", "`with 'ticks'`")]
    [InlineData("日本語", "`日本語`")]
    [InlineData("emoji \ud83d\udcde", "`emoji \ud83d\udcde`")]
    public void Quote_puts_text_in_backticks_with_unsafe_characters_as_codes(string text, string expected) =>
        PrintableText.Quote(text, 40).Should().Be(expected);

    [Fact]
    public void Quote_clips_to_its_length_and_shows_a_lone_surrogate_as_its_code()
    {
        PrintableText.Quote(new string('a', 41), 40).Should().Be($"`{new string('a', 40)}…`");
        PrintableText.Quote(new string('a', 40), 40).Should().Be($"`{new string('a', 40)}`");
        PrintableText.Quote("x\ud800", 40).Should().Be("`xU+D800`");
    }

    [Fact]
    public void Message_text_is_the_quote_without_its_backticks()
    {
        PrintableText.MessageText("call\u202Eer", 60).Should().Be("callU+202Eer");
        PrintableText.MessageText("abcdef", 3).Should().Be("abc…");
    }

    [Theory]
    [InlineData('\0', "U+0000")]
    [InlineData('\u202E', "U+202E")]
    [InlineData('\u2028', "U+2028")]
    public void A_code_point_is_written_as_messages_write_it(char c, string expected) =>
        PrintableText.CodePoint(c).Should().Be(expected);

    [Theory]
    [InlineData("+8180", 32, "\"+8180\"")]
    [InlineData("\n\"x", 32, "\"\\n\\\"x\"")]
    [InlineData("a\\b", 32, "\"a\\\\b\"")]
    [InlineData("r\u202Eev", 32, "\"r\\u202Eev\"")]
    [InlineData("12345", 3, "\"123…\"")]
    public void A_log_value_is_quoted_and_cannot_end_its_quotes(string text, int max, string expected) =>
        PrintableText.LogValue(text, max).Should().Be(expected);

    [Theory]
    [InlineData('a', 'a', 1)]
    [InlineData('\t', ' ', 1)]
    [InlineData('\u0007', '·', 1)]
    [InlineData('\u202E', '·', 1)]
    [InlineData('\u200B', '·', 1)]
    [InlineData('\u2028', '·', 1)]
    [InlineData('\uD83D', '·', 1)]
    [InlineData('\u0301', '\u0301', 0)]
    [InlineData('営', '営', 2)]
    [InlineData('Ａ', 'Ａ', 2)]
    [InlineData('ｱ', 'ｱ', 1)]
    public void An_excerpt_cell_draws_unsafe_characters_as_a_dot_and_knows_its_width(char c, char shown, int width) =>
        PrintableText.ExcerptCell(c).Should().Be((shown, width));

    [Fact]
    public void Bytes_show_printable_ascii_and_escape_the_rest() =>
        PrintableText.Bytes([(byte)'I', (byte)'D', (byte)'3', 0x04, 0xFF, (byte)'\\', (byte)'`', (byte)' ']).Should().Be("ID3\\x04\\xFF\\x5C\\x60 ");

    [Fact]
    public void Well_formed_replaces_each_lone_surrogate_and_keeps_pairs()
    {
        // Cases in code, not theory data: a lone surrogate does not survive the runner's serialisation of arguments.
        (string Text, string Expected)[] cases =
        [
            ("logs/served.log", "logs/served.log"),
            ("a\uD800b", "a\uFFFDb"),
            ("\uDC00a\uD83D", "\uFFFDa\uFFFD"),
            ("😀\uDE00😀", "😀\uFFFD😀"),
            ("\uD83D\uD83D\uDE00", "\uFFFD😀"),
        ];

        foreach (var (text, expected) in cases)
        {
            PrintableText.WellFormed(text).Should().Be(expected);
        }
    }

    [Fact]
    public void Well_formed_text_is_returned_as_it_is()
    {
        const string text = "音声/👍🏽.din";

        PrintableText.WellFormed(text).Should().BeSameAs(text);
    }
}
