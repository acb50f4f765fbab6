using DinActions.Cli.Lint;
using FluentAssertions;

namespace DinActions.Cli.Tests.Lint;

/// <summary>The excerpt under a text diagnostic: printable, and its carets under the span as a terminal draws the line.</summary>
public sealed class SourceExcerptTests
{
    [Fact]
    public void Carets_sit_under_the_span()
    {
        var (line, carets) = SourceExcerpt.Render("transfer 81336042000", column: 10, length: 11);

        line.Should().Be("transfer 81336042000");
        carets.Should().Be(new string(' ', 9) + "^" + new string('~', 10));
    }

    [Fact]
    public void Wide_Japanese_characters_take_two_columns_before_and_under_the_span()
    {
        // `営業時間` is four characters a terminal draws eight columns wide.
        var (line, carets) = SourceExcerpt.Render("say jp \"営業時間\" extra", column: 5, length: 2);
        var (_, underText) = SourceExcerpt.Render("say en \"営業時間\" extra", column: 10, length: 2);
        var (_, afterText) = SourceExcerpt.Render("say en \"営業時間\" extra", column: 15, length: 5);

        line.Should().Be("say jp \"営業時間\" extra");
        carets.Should().Be("    ^~");
        underText.Should().Be("          ^~~~", "two wide characters are four columns");
        afterText.Should().Be(new string(' ', 18) + "^~~~~", "before the span: 8 columns, 8 for the four wide characters, then `\" `");
    }

    [Fact]
    public void Combining_marks_take_no_column()
    {
        var (_, carets) = SourceExcerpt.Render("say en \"e\u0301\u0301x\" extra", column: 14, length: 5);

        carets.Should().Be(new string(' ', 11) + "^~~~~");
    }

    [Fact]
    public void Characters_that_would_not_print_or_would_reorder_the_line_are_dots()
    {
        var (line, carets) = SourceExcerpt.Render("say en \"a\u202Eb\u0007c\tdé\" x", column: 9, length: 1);

        line.Should().Be("say en \"a·b·c dé\" x");
        carets.Should().Be("        ^");
    }

    [Fact]
    public void An_empty_span_at_the_end_of_the_line_gets_one_caret_past_its_last_character()
    {
        var (_, carets) = SourceExcerpt.Render("transfer", column: 9, length: 0);

        carets.Should().Be("        ^");
    }

    [Fact]
    public void A_long_line_is_cut_to_a_window_around_the_span()
    {
        var sourceLine = "say en \"" + new string('a', 500) + "\\q" + new string('b', 500) + "\"";

        var (line, carets) = SourceExcerpt.Render(sourceLine, column: 509, length: 2);

        line.Should().StartWith("…").And.EndWith("…").And.Contain("\\q");
        line.Length.Should().Be(102);
        carets.IndexOf('^').Should().Be(line.IndexOf("\\q", StringComparison.Ordinal));
        carets.Should().EndWith("^~");
    }
}
