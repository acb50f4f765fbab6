using FluentAssertions;

namespace DinActions.Tests.Ast;

public sealed class DinActionBuilderTests
{
    [Fact]
    public void Say_escapes_quotes_and_backslashes_and_reads_back_equal()
    {
        var say = DinAction.Say("en", "He said \"no\" \\ twice");

        say.ToString().Should().Be("say en \"He said \\\"no\\\" \\\\ twice\"");
        ActionScript.Parse(say.ToString()).Script!.Actions.Should().Equal(say);
    }

    [Fact]
    public void Say_refuses_an_injected_second_line()
    {
        var act = () => DinAction.Say("en", "Hi\"\nplayback http://evil.example/x.mp3");

        act.Should().Throw<InvalidActionException>()
            .Which.Diagnostics.Should().Contain(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Say_cannot_break_out_of_the_quotes_to_add_an_option()
    {
        var say = DinAction.Say("en", "x\" --caller=+81336042000 \"");

        var parsed = ActionScript.Parse(say.ToString());
        parsed.HasErrors.Should().BeFalse();
        parsed.Script!.Actions.Should().ContainSingle().Which.Should().Be(say);
        ((SayAction)parsed.Script.Actions[0]).Text.Should().Be("x\" --caller=+81336042000 \"");
    }

    [Fact]
    public void TrySay_with_an_unknown_language_returns_the_diagnostic_with_a_suggestion()
    {
        var built = DinAction.TrySay("jp", "こんにちは", out var action, out var diagnostics);

        built.Should().BeFalse();
        action.Should().BeNull();
        diagnostics.Should().ContainSingle(diagnostic => diagnostic.Code == "DIN0020")
            .Which.Message.Should().Be("unknown TTS language `jp`; did you mean `ja`?");
    }

    [Fact]
    public void Say_accepts_a_language_added_to_the_catalog()
    {
        var options = ValidationOptions.Default with
        {
            Languages = LanguageCatalog.Default.With(new TtsLanguage("ko", "Korean", LanguageStatus.Supported, [WritingScript.Hangul], [])),
        };

        DinAction.Say("ko", "안녕하세요", options).Language.Should().Be("ko");
        DinAction.TrySay("ko", "안녕하세요", out _, out _).Should().BeFalse("the default catalog has no Korean");
    }

    [Fact]
    public void TrySay_with_a_paused_language_builds_and_returns_the_warning()
    {
        DinAction.TrySay("id", "Selamat datang", out var action, out var diagnostics).Should().BeTrue();

        action!.Language.Should().Be("id");
        diagnostics.Should().ContainSingle().Which.Code.Should().Be("DIN0021");
    }

    [Fact]
    public void Transfer_with_caller_writes_the_option_after_the_number()
    {
        var transfer = DinAction.Transfer("+81336042000", caller: "+81662345678");

        transfer.ToString().Should().Be("transfer +81336042000 --caller=+81662345678");
        transfer.Target.Should().Be("+81336042000");
        transfer.Caller.Should().Be("+81662345678");
    }

    [Theory]
    [InlineData("81336042000", "DIN0010")]
    [InlineData("+81 3 3604 2000", "DIN0011")]
    [InlineData("+0336042000", "DIN0013")]
    [InlineData("+12345678901234567", "DIN0014")]
    [InlineData("", "DIN0002")]
    public void Transfer_refuses_a_number_that_is_not_e164(string target, string code)
    {
        var act = () => DinAction.Transfer(target);

        act.Should().Throw<InvalidActionException>().Which.Diagnostics.Select(diagnostic => diagnostic.Code).Should().Contain(code);
    }

    [Fact]
    public void Transfer_refuses_a_bad_caller_id()
    {
        DinAction.TryTransfer("+81336042000", "0312345678", out var action, out var diagnostics).Should().BeFalse();

        action.Should().BeNull();
        diagnostics.Select(diagnostic => diagnostic.Code).Should().Contain("DIN0010");
    }

    [Fact]
    public void Playback_refuses_a_relative_url_and_a_url_with_a_blank()
    {
        DinAction.TryPlayback("welcome.mp3", out _, out var relative).Should().BeFalse();
        relative.Select(diagnostic => diagnostic.Code).Should().Contain("DIN0040");

        DinAction.TryPlayback("https://example.com/my file.mp3", out _, out var blank).Should().BeFalse();
        blank.Select(diagnostic => diagnostic.Code).Should().Contain("DIN0003");
    }

    [Fact]
    public void Playback_on_localhost_builds_with_a_warning()
    {
        DinAction.TryPlayback("http://localhost/welcome.mp3", out var action, out var diagnostics).Should().BeTrue();

        action!.Url.Should().Be("http://localhost/welcome.mp3");
        diagnostics.Should().ContainSingle().Which.Code.Should().Be("DIN0042");
    }

    [Fact]
    public void A_value_that_reads_back_as_something_else_is_refused_with_DIN0000()
    {
        DinAction.TrySay("en ", "Hello", out var action, out var diagnostics).Should().BeFalse();

        action.Should().BeNull();
        diagnostics.Should().Contain(diagnostic => diagnostic.Code == "DIN0000" && diagnostic.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Voicemail_with_a_greeting_writes_the_greeting_after_the_action()
    {
        var voicemail = DinAction.Voicemail(DinAction.Playback("https://example.com/greeting.mp3"));

        voicemail.ToString().Should().Be("voicemail playback https://example.com/greeting.mp3");
        DinAction.Voicemail().ToString().Should().Be("voicemail");
        ActionScript.Parse(voicemail.ToString()).Script!.Actions.Should().Equal(voicemail);
    }

    [Fact]
    public void Null_arguments_throw_ArgumentNullException()
    {
        FluentActions.Invoking(() => DinAction.Say(null!, "x")).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DinAction.Say("en", null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DinAction.Transfer(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DinAction.Playback(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ActionScript(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ActionScript([DinAction.Voicemail(), null!])).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Actions_and_scripts_compare_by_meaning()
    {
        var first = ActionScript.Parse("say  en \"Hi\"").Script!;
        var second = new ActionScript(DinAction.Say("en", "Hi"));

        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
        new ActionScript(DinAction.Say("en", "Hi"), DinAction.Voicemail()).Should().NotBe(second);
    }

    [Fact]
    public void A_script_validates_against_its_profile()
    {
        var script = new ActionScript(DinAction.Say("en", "Hi"), DinAction.Transfer("+81336042000"));

        script.Validate().Select(diagnostic => diagnostic.Code).Should().Equal("DIN0051");
        script.Validate(ValidationOptions.Default with { Profile = ValidationProfile.Dashboard }).Should().BeEmpty();
        script.ToText(trailingLineBreak: true).Should().Be("say en \"Hi\"\ntransfer +81336042000\n");
    }

    [Theory]
    [InlineData("say en Hello there", "DIN0030")]
    [InlineData("Say en \"Hi\"", "DIN0001")]
    [InlineData("transfer +81 3 3604 2000", "DIN0011")]
    [InlineData("say en \"Hi\u0007\"", "DIN0034")]
    [InlineData("playback https://example.com/a.mp3 extra", "DIN0003")]
    public void Disabling_an_error_rule_never_lets_a_broken_line_through_as_an_action(string text, string code)
    {
        var options = ValidationOptions.Default with { DisabledRules = [code] };

        var result = ActionScript.Parse(text, options);

        result.Diagnostics.Select(diagnostic => diagnostic.Code).Should().NotContain(code);
        result.Script.Should().BeNull("the line cannot be read as an action without losing part of it");
        ActionScript.TryFormat(text, out var formatted, out _, options).Should().BeFalse();
        formatted.Should().BeNull();
    }
}
