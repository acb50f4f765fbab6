using DinActions.Syntax;
using FluentAssertions;

namespace DinActions.Tests.Syntax;

/// <summary>
/// The small facts of the language the other stages rely on: action names, line break lengths, the characters
/// of numbers, quoting. Each is tested at its edges, where a slip of one character or one comparison shows.
/// </summary>
public sealed class SyntaxFactsTests
{
    [Theory]
    [InlineData(ActionKind.Playback, "playback")]
    [InlineData(ActionKind.Transfer, "transfer")]
    [InlineData(ActionKind.Say, "say")]
    [InlineData(ActionKind.Voicemail, "voicemail")]
    internal void Every_action_name_is_spelt_as_written_and_read_back_to_its_action(ActionKind kind, string name)
    {
        ActionNames.NameOf(kind).Should().Be(name);
        ActionNames.TryParse(name, out var parsed).Should().BeTrue();
        parsed.Should().Be(kind);
    }

    [Theory]
    [InlineData("Say")]
    [InlineData("sa")]
    [InlineData("says")]
    [InlineData("")]
    public void A_name_not_spelt_exactly_is_no_action(string name)
    {
        ActionNames.TryParse(name, out var parsed).Should().BeFalse();
        parsed.Should().Be(default(ActionKind));
    }

    [Fact]
    public void A_value_that_is_no_action_kind_has_no_name()
    {
        FluentActions.Invoking(() => ActionNames.NameOf((ActionKind)4)).Should().Throw<ArgumentOutOfRangeException>()
            .Which.Message.Should().StartWith("Not an action kind.");
    }

    [Fact]
    public void The_actions_are_listed_in_the_order_of_the_documentation_and_the_greetings_are_say_then_playback()
    {
        ActionNames.All.Should().Equal(ActionKind.Playback, ActionKind.Transfer, ActionKind.Say, ActionKind.Voicemail);
        ActionNames.Greetings.Should().Equal(ActionKind.Say, ActionKind.Playback);
    }

    [Theory]
    [InlineData(LineBreakKind.None, 0)]
    [InlineData(LineBreakKind.LineFeed, 1)]
    [InlineData(LineBreakKind.CarriageReturnLineFeed, 2)]
    [InlineData(LineBreakKind.CarriageReturn, 1)]
    internal void A_line_break_is_as_long_as_its_characters(LineBreakKind lineBreak, int length) =>
        lineBreak.Length().Should().Be(length);

    // Each edge of each range, and the characters just outside it.
    [Theory]
    [InlineData('/', false, false, true, '/')]
    [InlineData('0', true, false, false, '0')]
    [InlineData('9', true, false, false, '9')]
    [InlineData(':', false, false, false, ':')]
    [InlineData('\uFF0F', false, false, false, '\uFF0F')]
    [InlineData('０', true, true, false, '0')]
    [InlineData('５', true, true, false, '5')]
    [InlineData('９', true, true, false, '9')]
    [InlineData('\uFF1A', false, false, false, '\uFF1A')]
    [InlineData('＋', false, true, false, '+')]
    [InlineData('+', false, false, false, '+')]
    [InlineData('a', false, false, false, 'a')]
    public void Digits_and_plus_signs_are_known_in_ascii_and_in_full_width(char c, bool digit, bool fullWidth, bool separator, char ascii)
    {
        NumberCharacters.IsDigit(c).Should().Be(digit);
        NumberCharacters.IsFullWidth(c).Should().Be(fullWidth);
        NumberCharacters.IsSeparator(c).Should().Be(separator);
        NumberCharacters.ToAscii(c).Should().Be(ascii);
    }

    [Theory]
    [InlineData('-')]
    [InlineData('.')]
    [InlineData('/')]
    [InlineData('(')]
    [InlineData(')')]
    [InlineData('－')]
    [InlineData('．')]
    [InlineData('（')]
    [InlineData('）')]
    [InlineData('ー')]
    [InlineData('‐')]
    [InlineData('‑')]
    [InlineData('–')]
    public void Every_grouping_mark_is_a_separator_and_no_digit(char c)
    {
        NumberCharacters.IsSeparator(c).Should().BeTrue();
        NumberCharacters.IsDigit(c).Should().BeFalse();
        NumberCharacters.ToAscii(c).Should().Be(c);
    }

    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("a", "\"a\"")]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("\\", "\"\\\\\"")]
    [InlineData("\"\\\"", "\"\\\"\\\\\\\"\"")]
    [InlineData("x\\y\"", "\"x\\\\y\\\"\"")]
    public void Quoting_escapes_the_quote_and_the_backslash_and_unquoting_reads_them_back(string text, string quoted)
    {
        SyntaxFacts.Quote(text).Should().Be(quoted);
        SyntaxFacts.QuotedLength(text).Should().Be(quoted.Length);
        SyntaxFacts.Unquote(quoted, new SourceSpan(0, quoted.Length, 1, 1)).Should().Be(text);
    }

    [Theory]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(100_000)]
    public void Quoting_a_long_text_gives_the_same_as_a_short_one(int length)
    {
        var text = string.Concat(Enumerable.Repeat("a\"", length / 2)) + (length % 2 == 1 ? "\\" : string.Empty);

        var quoted = SyntaxFacts.Quote(text);

        quoted.Should().Be("\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"");
        SyntaxFacts.Unquote(quoted, new SourceSpan(0, quoted.Length, 1, 1)).Should().Be(text);
    }

    [Theory]
    [InlineData("\"ab\\\"", "ab\\")]
    [InlineData("\"\\\"", "\\")]
    [InlineData("\"a\\\\\\\"", "a\\\\")]
    [InlineData("\"\\n\"", "n")]
    public void A_last_lone_backslash_stands_for_itself(string quoted, string text) =>
        SyntaxFacts.Unquote(quoted, new SourceSpan(0, quoted.Length, 1, 1)).Should().Be(text);

    [Fact]
    public void Unquoting_reads_only_the_span_of_the_quoted_text()
    {
        const string Text = "say en \"a\\\"b\" x";

        SyntaxFacts.Unquote(Text, new SourceSpan(7, 6, 1, 8)).Should().Be("a\"b");
    }

    [Theory]
    [InlineData(' ', true, false)]
    [InlineData('\t', true, false)]
    [InlineData('\n', false, true)]
    [InlineData('\r', false, true)]
    [InlineData('\u3000', false, false)]
    [InlineData('\u2028', false, false)]
    public void Blanks_are_spaces_and_tabs_and_line_breaks_are_lf_and_cr(char c, bool blank, bool lineBreak)
    {
        SyntaxFacts.IsBlank(c).Should().Be(blank);
        SyntaxFacts.IsLineBreak(c).Should().Be(lineBreak);
    }
}
