using DinActions.Binding;
using DinActions.Syntax;
using FluentAssertions;

namespace DinActions.Tests.Syntax;

public sealed class ScriptParserTests
{
    private static readonly ValidationOptions NoNumberingPlan = ValidationOptions.Default with { CheckNumberingPlan = false };

    [Fact]
    public void A_transfer_line_has_a_word_for_the_name_a_word_for_the_number_and_an_option_for_the_caller()
    {
        var tree = SyntaxTree.Parse("transfer +81336042000 --caller=+8190123456789");

        var line = tree.Lines.Should().ContainSingle().Subject;
        line.Number.Should().Be(1);
        line.Span.Should().Be(new SourceSpan(0, 45, 1, 1));
        line.LineBreak.Should().Be(LineBreakKind.None);
        line.Tokens.Should().Equal(
            new SyntaxToken(TokenKind.Word, new SourceSpan(0, 8, 1, 1)),
            new SyntaxToken(TokenKind.Word, new SourceSpan(9, 12, 1, 10)),
            new SyntaxToken(TokenKind.Option, new SourceSpan(22, 23, 1, 23)));
        var action = Binder.Bind(tree).ActionOf(line)!;
        action.Kind.Should().Be(ActionKind.Transfer);
        action.NameText.Should().Be("transfer");
        action.Span.Should().Be(new SourceSpan(0, 45, 1, 1));
    }

    [Fact]
    public void A_say_line_has_two_words_and_a_terminated_quoted_text_that_includes_its_quotes()
    {
        var tree = SyntaxTree.Parse("say en \"Hello, how are you?\"");

        tree.Lines.Should().ContainSingle().Which.Tokens.Should().Equal(
            new SyntaxToken(TokenKind.Word, new SourceSpan(0, 3, 1, 1)),
            new SyntaxToken(TokenKind.Word, new SourceSpan(4, 2, 1, 5)),
            new SyntaxToken(TokenKind.QuotedText, new SourceSpan(7, 21, 1, 8), IsTerminated: true));
        Binder.Bind(tree).Actions.Should().ContainSingle().Which.Kind.Should().Be(ActionKind.Say);
    }

    [Fact]
    public void A_playback_line_has_the_whole_url_as_one_word()
    {
        var tree = SyntaxTree.Parse("playback https://example.com/a.mp3?v=1&lang=ja");

        tree.Lines[0].Tokens.Should().Equal(
            new SyntaxToken(TokenKind.Word, new SourceSpan(0, 8, 1, 1)),
            new SyntaxToken(TokenKind.Word, new SourceSpan(9, 37, 1, 10)));
        ActionScript.Parse(tree.Text).Script!.Actions.Should().Equal(DinAction.Playback("https://example.com/a.mp3?v=1&lang=ja"));
    }

    [Fact]
    public void A_voicemail_with_a_greeting_binds_the_rest_of_the_line_as_a_greeting_action()
    {
        var tree = SyntaxTree.Parse("voicemail say en \"Please leave a message.\"");

        tree.Lines[0].Tokens.Select(token => token.Span).Should().Equal(
            new SourceSpan(0, 9, 1, 1),
            new SourceSpan(10, 3, 1, 11),
            new SourceSpan(14, 2, 1, 15),
            new SourceSpan(17, 25, 1, 18));
        var action = Binder.Bind(tree).Actions.Should().ContainSingle().Subject;
        action.Kind.Should().Be(ActionKind.Voicemail);
        action.IsGreeting.Should().BeFalse();
        action.Span.Should().Be(new SourceSpan(0, 42, 1, 1));
        action.Greeting!.Kind.Should().Be(ActionKind.Say);
        action.Greeting.IsGreeting.Should().BeTrue();
        action.Greeting.Span.Should().Be(new SourceSpan(10, 32, 1, 11));
    }

    [Fact]
    public void A_bare_voicemail_is_one_word_without_a_greeting()
    {
        var action = Binder.Bind(SyntaxTree.Parse("voicemail")).Actions.Should().ContainSingle().Subject;

        action.Kind.Should().Be(ActionKind.Voicemail);
        action.Greeting.Should().BeNull();
        action.Span.Should().Be(new SourceSpan(0, 9, 1, 1));
    }

    [Fact]
    public void An_option_written_with_a_blank_is_an_option_token_followed_by_a_word_and_is_an_error_with_a_fix()
    {
        const string Text = "transfer +81336042000 --caller +8190123456789";
        var tree = SyntaxTree.Parse(Text);

        tree.Lines[0].Tokens.Should().Equal(
            new SyntaxToken(TokenKind.Word, new SourceSpan(0, 8, 1, 1)),
            new SyntaxToken(TokenKind.Word, new SourceSpan(9, 12, 1, 10)),
            new SyntaxToken(TokenKind.Option, new SourceSpan(22, 8, 1, 23)),
            new SyntaxToken(TokenKind.Word, new SourceSpan(31, 14, 1, 32)));
        var diagnostic = ActionScript.Validate(Text, NoNumberingPlan).Should().ContainSingle(d => d.Code == "DIN0007").Subject;
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Fix!.ApplyTo(Text).Should().Be("transfer +81336042000 --caller=+8190123456789");
    }

    [Theory]
    [InlineData("--", TokenKind.Option)]
    [InlineData("--caller=", TokenKind.Option)]
    [InlineData("--x=--y", TokenKind.Option)]
    [InlineData("-5", TokenKind.Word)]
    [InlineData("-", TokenKind.Word)]
    [InlineData("a--b", TokenKind.Word)]
    [InlineData("a\"b\"", TokenKind.Word)]
    [InlineData("\"a b\"", TokenKind.QuotedText)]
    internal void A_single_element_is_read_as_one_token_of_its_kind(string element, TokenKind kind)
    {
        var tree = SyntaxTree.Parse(element);

        tree.Lines[0].Tokens.Should().Equal(new SyntaxToken(kind, new SourceSpan(0, element.Length, 1, 1)));
    }

    [Fact]
    public void Quoted_text_keeps_escaped_quotes_and_backslashes_inside_one_token_and_unescapes_them_in_the_script()
    {
        const string Text = "say en \"a \\\"b\\\" \\\\ c\"";
        var tree = SyntaxTree.Parse(Text);

        tree.Lines[0].Tokens[2].Should().Be(new SyntaxToken(TokenKind.QuotedText, new SourceSpan(7, 14, 1, 8), IsTerminated: true));
        tree.Lines[0].Tokens.Should().HaveCount(3);
        ActionScript.Parse(Text).Script!.Actions.Should().Equal(DinAction.Say("en", "a \"b\" \\ c"));
    }

    [Fact]
    public void Quoted_text_without_its_closing_quote_runs_to_the_end_of_the_line_and_is_an_error()
    {
        const string Text = "say en \"Hello\ntransfer +81336042000";
        var tree = SyntaxTree.Parse(Text);

        tree.Lines.Should().HaveCount(2);
        tree.Lines[0].Tokens[2].Should().Be(new SyntaxToken(TokenKind.QuotedText, new SourceSpan(7, 6, 1, 8), IsTerminated: false));
        tree.Lines[1].Tokens[0].Span.Should().Be(new SourceSpan(14, 8, 2, 1));
        ActionScript.Validate(Text, ValidationOptions.Default with { Profile = ValidationProfile.Dashboard, CheckNumberingPlan = false })
            .Should().Contain(d => d.Code == "DIN0031" && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void An_escaped_closing_quote_leaves_the_text_unterminated()
    {
        var token = SyntaxTree.Parse("say en \"abc\\\"").Lines[0].Tokens[2];

        token.Should().Be(new SyntaxToken(TokenKind.QuotedText, new SourceSpan(7, 6, 1, 8), IsTerminated: false));
    }

    [Fact]
    public void A_backslash_at_the_end_of_a_line_does_not_escape_the_line_break()
    {
        var tree = SyntaxTree.Parse("say en \"abc\\\nvoicemail");

        tree.Lines.Should().HaveCount(2);
        tree.Lines[0].Tokens[2].Should().Be(new SyntaxToken(TokenKind.QuotedText, new SourceSpan(7, 5, 1, 8), IsTerminated: false));
        tree.Lines[1].Tokens.Should().Equal(new SyntaxToken(TokenKind.Word, new SourceSpan(13, 9, 2, 1)));
    }

    [Fact]
    public void Crlf_cr_and_lf_each_end_a_line_and_are_recorded_with_line_numbers_and_columns()
    {
        const string Text = "say en \"a\"\r\ntransfer +81336042000\rplayback https://example.com/a.mp3\n";
        var tree = SyntaxTree.Parse(Text);

        tree.Lines.Select(line => (line.Number, line.Span, line.LineBreak)).Should().Equal(
            (1, new SourceSpan(0, 10, 1, 1), LineBreakKind.CarriageReturnLineFeed),
            (2, new SourceSpan(12, 21, 2, 1), LineBreakKind.CarriageReturn),
            (3, new SourceSpan(34, 34, 3, 1), LineBreakKind.LineFeed),
            (4, new SourceSpan(69, 0, 4, 1), LineBreakKind.None));
        tree.Lines[1].Tokens[1].Span.Should().Be(new SourceSpan(21, 12, 2, 10));
        tree.Lines[2].Tokens[1].Span.Should().Be(new SourceSpan(43, 25, 3, 10));
        Binder.Bind(tree).Actions.Select(action => action.Kind).Should().Equal(ActionKind.Say, ActionKind.Transfer, ActionKind.Playback);
    }

    [Fact]
    public void Lf_cr_is_two_line_breaks_not_one()
    {
        var tree = SyntaxTree.Parse("voicemail\n\rvoicemail");

        tree.Lines.Select(line => line.LineBreak).Should().Equal(LineBreakKind.LineFeed, LineBreakKind.CarriageReturn, LineBreakKind.None);
        tree.Lines[2].Tokens[0].Span.Should().Be(new SourceSpan(11, 9, 3, 1));
    }

    [Fact]
    public void A_byte_order_mark_is_recorded_is_not_a_token_and_counts_as_a_column()
    {
        var tree = SyntaxTree.Parse("\uFEFFsay en \"x\"");

        tree.HasByteOrderMark.Should().BeTrue();
        tree.Lines[0].Span.Should().Be(new SourceSpan(0, 11, 1, 1));
        tree.Lines[0].Tokens.Select(token => token.Span).Should().Equal(
            new SourceSpan(1, 3, 1, 2),
            new SourceSpan(5, 2, 1, 6),
            new SourceSpan(8, 3, 1, 9));
        ActionScript.Validate(tree.Text).Should().ContainSingle(d => d.Code == "DIN0056")
            .Which.Fix!.ApplyTo(tree.Text).Should().Be("say en \"x\"");
    }

    [Fact]
    public void A_byte_order_mark_after_the_start_is_not_a_byte_order_mark()
    {
        var tree = SyntaxTree.Parse("voicemail\n\uFEFFvoicemail");

        tree.HasByteOrderMark.Should().BeFalse();
        tree.Lines[1].Tokens.Should().Equal(new SyntaxToken(TokenKind.Word, new SourceSpan(10, 10, 2, 1)));
    }

    [Fact]
    public void Blank_lines_are_lines_without_tokens_or_action()
    {
        var tree = SyntaxTree.Parse("\n \t\nsay en \"x\"\n\n");

        tree.Lines.Should().HaveCount(5);
        tree.Lines.Select(line => line.IsBlank).Should().Equal(true, true, false, true, true);
        tree.Lines.Select(line => Binder.Bind(tree).ActionOf(line) is null).Should().Equal(true, true, false, true, true);
        tree.Lines[1].Span.Should().Be(new SourceSpan(1, 2, 2, 1));
        tree.Lines[2].Tokens[0].Span.Should().Be(new SourceSpan(4, 3, 3, 1));
        Binder.Bind(tree).Actions.Should().ContainSingle();
    }

    [Fact]
    public void Blanks_and_tabs_around_and_between_tokens_are_not_tokens_but_the_line_span_covers_them()
    {
        var tree = SyntaxTree.Parse("  say\t en   \"x\"  ");

        tree.Lines[0].Span.Should().Be(new SourceSpan(0, 17, 1, 1));
        tree.Lines[0].Tokens.Select(token => token.Span).Should().Equal(
            new SourceSpan(2, 3, 1, 3),
            new SourceSpan(7, 2, 1, 8),
            new SourceSpan(12, 3, 1, 13));
    }

    [Fact]
    public void The_empty_text_is_one_blank_line_and_no_action()
    {
        var tree = SyntaxTree.Parse(string.Empty);

        tree.Lines.Should().ContainSingle().Which.Span.Should().Be(new SourceSpan(0, 0, 1, 1));
        Binder.Bind(tree).Actions.Should().BeEmpty();
        tree.HasByteOrderMark.Should().BeFalse();
    }

    [Fact]
    public void A_one_megabyte_quoted_text_parses_into_three_tokens_without_exception()
    {
        var text = "say en \"" + new string('a', 1 << 20) + "\"";

        var result = ActionScript.Parse(text);

        var tokens = result.Syntax.Lines.Should().ContainSingle().Subject.Tokens;
        tokens.Should().HaveCount(3);
        tokens[2].Span.Should().Be(new SourceSpan(7, (1 << 20) + 2, 1, 8));
        result.HasErrors.Should().BeFalse();
        ((SayAction)result.Script!.Actions[0]).Text.Should().HaveLength(1 << 20);
    }

    [Fact]
    public void A_one_megabyte_line_of_words_parses_into_one_token_per_word_without_exception()
    {
        var text = "say" + string.Concat(Enumerable.Repeat(" ab", ((1 << 20) - 3) / 3));

        var tree = SyntaxTree.Parse(text);
        var result = ActionScript.Parse(text);

        var tokens = tree.Lines.Should().ContainSingle().Subject.Tokens;
        tokens.Should().HaveCount(1 + (((1 << 20) - 3) / 3));
        tokens.Skip(1).Should().OnlyContain(token => token.Kind == TokenKind.Word && token.Span.Length == 2);
        tokens[^1].Span.End.Should().Be(text.Length);
        result.HasErrors.Should().BeTrue("unquoted text is an error");
    }

    [Fact]
    public void A_one_megabyte_line_of_junk_parses_without_exception()
    {
        // No tab here: tabs between many tokens hit a quadratic rule, see the test below.
        const string Alphabet = "ab \"\\-+=1\u3000";
        var random = new Random(20240601);
        var chars = new char[1 << 20];
        for (var index = 0; index < chars.Length; index++)
        {
            chars[index] = Alphabet[random.Next(Alphabet.Length)];
        }

        var text = new string(chars);

        var result = ActionScript.Parse(text);

        result.Syntax.Lines.Should().ContainSingle().Which.Span.Length.Should().Be(text.Length);
        result.Diagnostics.Should().OnlyContain(diagnostic => diagnostic.Span.End <= text.Length);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_long_line_of_tab_separated_words_validates_in_time_linear_in_its_length()
    {
        // ControlCharacterRule (DIN0034) must tell a tab inside quoted text from one between words without
        // rescanning the line's tokens for each tab: a linear pass takes milliseconds on these 256 KB (131,072
        // tabs), a quadratic one minutes, and the timeout fails it.
        var text = "say en" + string.Concat(Enumerable.Repeat("\ta", 1 << 17));

        var result = await Task.Run(() => ActionScript.Parse(text));

        result.Syntax.Lines[0].Tokens.Should().HaveCount(2 + (1 << 17));
        result.Diagnostics.Should().NotContain(diagnostic => diagnostic.Code == "DIN0034", "no tab lies inside quoted text");
    }

    [Fact]
    public void Null_text_is_refused_with_ArgumentNullException_by_every_entry_point()
    {
        FluentActions.Invoking(() => SyntaxTree.Parse(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ActionScript.Parse(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ActionScript.TryParse(null!, out _, out _)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ActionScript.Validate(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ActionScript.Format(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ActionScript.TryFormat(null!, out _, out _)).Should().Throw<ArgumentNullException>();
    }
}
