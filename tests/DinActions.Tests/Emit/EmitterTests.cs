using DinActions.Emit;
using FluentAssertions;

namespace DinActions.Tests.Emit;

public sealed class EmitterTests
{
    private static readonly ValidationOptions NoNumberingPlan = ValidationOptions.Default with { CheckNumberingPlan = false };

    private static readonly ValidationOptions Dashboard = NoNumberingPlan with { Profile = ValidationProfile.Dashboard };

    public static TheoryData<string, string> NoisyButValidTexts => new()
    {
        { "say\ten   \"x\"", "say en \"x\"" },
        { "  transfer   +81336042000 \t --caller=+8190123456789  ", "transfer +81336042000 --caller=+8190123456789" },
        { "playback\t\thttps://example.com/a.mp3 ", "playback https://example.com/a.mp3" },
        { "\uFEFFvoicemail\r\n", "voicemail" },
        { "voicemail    say\ten  \"Please leave a message.\"\r", "voicemail say en \"Please leave a message.\"" },
        { "voicemail\tplayback  https://example.com/g.mp3\n", "voicemail playback https://example.com/g.mp3" },
        { "say en \"a \\\"b\\\" \\\\\"   ", "say en \"a \\\"b\\\" \\\\\"" },
    };

    [Fact]
    public void Playback_is_the_name_one_space_and_the_url()
    {
        DinAction.Playback("https://example.com/a.mp3").ToString().Should().Be("playback https://example.com/a.mp3");
    }

    [Fact]
    public void Transfer_writes_the_caller_option_after_the_number()
    {
        DinAction.Transfer("+81336042000", "+8190123456789", NoNumberingPlan).ToString()
            .Should().Be("transfer +81336042000 --caller=+8190123456789");
        DinAction.Transfer("+81336042000", options: NoNumberingPlan).ToString().Should().Be("transfer +81336042000");
    }

    [Fact]
    public void Say_writes_the_text_in_double_quotes_escaping_quotes_and_backslashes_only()
    {
        DinAction.Say("en", "Hello, how are you?").ToString().Should().Be("say en \"Hello, how are you?\"");
        DinAction.Say("en", "He said \"hi\" \\ bye").ToString().Should().Be("say en \"He said \\\"hi\\\" \\\\ bye\"");
        DinAction.Say("en", "\\").ToString().Should().Be("say en \"\\\\\"");
        DinAction.Say("en", "\"").ToString().Should().Be("say en \"\\\"\"");
        DinAction.Say("en", "'single' `tick` \u00A0").ToString().Should().Be("say en \"'single' `tick` \u00A0\"");
        DinAction.Say("ja", "こんにちは😀").ToString().Should().Be("say ja \"こんにちは😀\"");
    }

    [Fact]
    public void An_injection_attempt_in_say_text_stays_inside_the_quotes_of_one_line()
    {
        var action = DinAction.Say("en", "\" --caller=+8190123456789 \\n playback http://x.example/a.mp3 \"");

        var line = action.ToString();

        line.Should().Be("say en \"\\\" --caller=+8190123456789 \\\\n playback http://x.example/a.mp3 \\\"\"");
        var parsed = ActionScript.Parse(line);
        parsed.Syntax.Lines.Should().ContainSingle().Which.Tokens.Should().HaveCount(3);
        parsed.Script!.Actions.Should().Equal(action);
    }

    [Fact]
    public void Voicemail_writes_its_greeting_after_one_space()
    {
        DinAction.Voicemail().ToString().Should().Be("voicemail");
        DinAction.Voicemail(DinAction.Say("en", "Please leave a message.")).ToString().Should().Be("voicemail say en \"Please leave a message.\"");
        DinAction.Voicemail(DinAction.Playback("https://example.com/g.mp3")).ToString().Should().Be("voicemail playback https://example.com/g.mp3");
    }

    [Fact]
    public void A_script_joins_its_lines_with_a_line_feed_and_has_no_trailing_line_break_by_default()
    {
        var script = new ActionScript(DinAction.Say("en", "Welcome."), DinAction.Transfer("+81336042000", options: NoNumberingPlan));

        script.ToText().Should().Be("say en \"Welcome.\"\ntransfer +81336042000");
        script.ToString().Should().Be(script.ToText());
        script.ToText(trailingLineBreak: true).Should().Be("say en \"Welcome.\"\ntransfer +81336042000\n");
    }

    [Fact]
    public void An_empty_script_is_the_empty_text_even_with_a_trailing_line_break()
    {
        new ActionScript().ToText().Should().BeEmpty();
        new ActionScript().ToText(trailingLineBreak: true).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(NoisyButValidTexts))]
    public void Format_writes_a_text_with_warnings_only_in_canonical_form(string text, string canonical)
    {
        ActionScript.Validate(text, NoNumberingPlan).Should().NotContain(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

        ActionScript.Format(text, NoNumberingPlan).Should().Be(canonical);
        ActionScript.Format(text, NoNumberingPlan, trailingLineBreak: true).Should().Be(canonical + "\n");
        ActionScript.TryFormat(text, out var formatted, out _, NoNumberingPlan).Should().BeTrue();
        formatted.Should().Be(canonical);
    }

    [Fact]
    public void Format_removes_blank_lines_and_carriage_returns_between_actions()
    {
        const string Text = "say en \"a\"\r\n\r\n  \ttransfer  +81336042000\r\n";

        ActionScript.Validate(Text, Dashboard).Should().NotContain(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        ActionScript.Format(Text, Dashboard).Should().Be("say en \"a\"\ntransfer +81336042000");
    }

    [Theory]
    [InlineData("say en \"unterminated", "DIN0031")]
    [InlineData("say en Hello", "DIN0030")]
    [InlineData("transfer +81 3 3604 2000", "DIN0011")]
    [InlineData("playbak https://example.com/a.mp3", "DIN0001")]
    [InlineData("say en \"ok\"\nsay en \"second\"", "DIN0051")]
    [InlineData("say en \"a\u0007b\"", "DIN0034")]
    public void Format_refuses_a_text_with_errors_with_an_exception_that_carries_the_diagnostics(string text, string code)
    {
        var diagnostics = ActionScript.Validate(text, NoNumberingPlan);
        diagnostics.Should().Contain(diagnostic => diagnostic.Code == code && diagnostic.Severity == DiagnosticSeverity.Error);

        var thrown = FluentActions.Invoking(() => ActionScript.Format(text, NoNumberingPlan)).Should().Throw<InvalidActionException>().Which;

        thrown.Diagnostics.Should().Equal(diagnostics);
        thrown.Message.Should().StartWith(diagnostics.First(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Code + ":");
    }

    [Fact]
    public void TryFormat_of_a_text_with_errors_gives_no_text_at_all_not_the_lines_that_were_valid()
    {
        const string Text = "say en \"Welcome.\"\nsay xx \"broken";

        var ok = ActionScript.TryFormat(Text, out var formatted, out var diagnostics, Dashboard);

        ok.Should().BeFalse();
        formatted.Should().BeNull();
        diagnostics.Should().Contain(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        FluentActions.Invoking(() => ActionScript.Format(Text, Dashboard)).Should().Throw<InvalidActionException>();
    }

    [Theory]
    [InlineData("a\nb")]
    [InlineData("a\rb")]
    [InlineData("a\0b")]
    [InlineData("a\u2028b")]
    [InlineData("a\tb")]
    public void The_builder_refuses_text_the_emitter_could_not_write_on_one_line(string text)
    {
        FluentActions.Invoking(() => DinAction.Say("en", text)).Should().Throw<InvalidActionException>()
            .Which.Diagnostics.Should().Contain(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void The_emitter_never_writes_a_control_character_or_broken_surrogate_even_from_an_action_built_around_the_factories()
    {
        // Not a theory: xunit serializes theory data, which turns a lone surrogate into U+FFFD.
        foreach (var text in new[] { "a\nb", "\u2029", "\uD800", "a\uDC00", "\uDE00\uD83D" })
        {
            var action = new SayAction("en", text);

            FluentActions.Invoking(() => Emitter.Emit(action)).Should().Throw<InvalidOperationException>(text);
            FluentActions.Invoking(() => new ActionScript(action).ToText()).Should().Throw<InvalidOperationException>(text);
        }
    }

    [Fact]
    public void The_emitter_writes_a_surrogate_pair_as_it_is()
    {
        Emitter.Emit(new SayAction("en", "\uD83D\uDE00")).Should().Be("say en \"\uD83D\uDE00\"");
    }
}
