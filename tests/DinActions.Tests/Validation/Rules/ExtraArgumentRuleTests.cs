using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public sealed class ExtraArgumentRuleTests
{
    private const string Code = "DIN0003";

    private static readonly ValidationOptions NoPlan = ValidationOptions.Default with { CheckNumberingPlan = false };

    [Fact]
    public void Text_after_the_closing_quote_reports_with_fix_that_removes_it()
    {
        const string text = "say en \"Hello\"  world again";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be("text after the closing quote: `world again`; put it inside the quotes or remove it");
        diagnostic.Span.Should().Be(new SourceSpan(16, 11, 1, 17));
        diagnostic.Fix!.Title.Should().Be("Remove it");
        diagnostic.Fix.ApplyTo(text).Should().Be("say en \"Hello\"");
        ActionScript.Validate(diagnostic.Fix.ApplyTo(text)).Should().BeEmpty();
    }

    [Fact]
    public void Second_number_after_transfer_suggests_caller_option_with_fix()
    {
        const string text = "transfer +81336042000 +819012345678";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("a second number after the transfer number; to set the caller ID write `--caller=+819012345678`");
        diagnostic.Span.Should().Be(new SourceSpan(22, 13, 1, 23));
        diagnostic.Fix!.Title.Should().Be("Write it as `--caller=`");
        diagnostic.Fix.ApplyTo(text).Should().Be("transfer +81336042000 --caller=+819012345678");
        ActionScript.Validate(diagnostic.Fix.ApplyTo(text)).Should().BeEmpty();
    }

    [Fact]
    public void Second_number_when_caller_is_already_given_is_removed_instead()
    {
        const string text = "transfer +81336042000 +819012345678 --caller=+819012345670";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("`transfer` takes one argument; remove `+819012345678`");
        diagnostic.Fix!.Title.Should().Be("Remove it");
        diagnostic.Fix.ApplyTo(text).Should().Be("transfer +81336042000 --caller=+819012345670");
    }

    [Fact]
    public void Extra_word_after_transfer_number_reports_one_argument_with_removal()
    {
        const string text = "transfer +81336042000 foo";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("`transfer` takes one argument; remove `foo`");
        diagnostic.Span.Should().Be(new SourceSpan(22, 3, 1, 23));
        diagnostic.Fix!.ApplyTo(text).Should().Be("transfer +81336042000");
    }

    [Fact]
    public void Several_extra_words_are_reported_once_as_one_span()
    {
        const string text = "transfer +81336042000 +819012 +819034";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("`transfer` takes one argument; remove `+819012 +819034`");
        diagnostic.Span.Should().Be(new SourceSpan(22, 15, 1, 23));
        diagnostic.Fix!.ApplyTo(text).Should().Be("transfer +81336042000");
    }

    [Fact]
    public void Blank_inside_playback_url_reports_with_fix_that_encodes_it()
    {
        const string text = "playback https://example.com/my file.mp3";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("`playback` takes one URL; if `file.mp3` is part of it, encode the blank as `%20`");
        diagnostic.Span.Should().Be(new SourceSpan(32, 8, 1, 33));
        diagnostic.Fix!.Title.Should().Be("Encode the blank as %20");
        diagnostic.Fix.ApplyTo(text).Should().Be("playback https://example.com/my%20file.mp3");
        ActionScript.Validate(diagnostic.Fix.ApplyTo(text)).Should().BeEmpty();
    }

    [Fact]
    public void A_word_and_quoted_text_after_playback_url_are_removed_not_encoded()
    {
        const string text = "playback https://example.com/a.mp3 x \"y\"";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("`playback` takes one argument; remove `x \"y\"`");
        diagnostic.Fix!.ApplyTo(text).Should().Be("playback https://example.com/a.mp3");
    }

    [Fact]
    public void Quoted_text_after_playback_url_is_removed_not_encoded()
    {
        const string text = "playback https://example.com/a.mp3 \"loud\"";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("`playback` takes one argument; remove `\"loud\"`");
        diagnostic.Fix!.ApplyTo(text).Should().Be("playback https://example.com/a.mp3");
    }

    [Fact]
    public void Extra_text_in_a_greeting_is_reported_at_its_position()
    {
        const string text = "voicemail say en \"Hi\" extra";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(22, 5, 1, 23));
        diagnostic.Fix!.ApplyTo(text).Should().Be("voicemail say en \"Hi\"");
    }

    [Theory]
    [InlineData("say en \"Hello, how are you?\"")]
    [InlineData("transfer +81336042000 --caller=+819012345678")]
    [InlineData("playback https://example.com/a.mp3")]
    [InlineData("voicemail playback https://example.com/greeting.mp3")]
    [InlineData("foo bar baz")]
    public void Actions_with_the_right_arguments_or_unknown_names_are_not_reported(string text)
    {
        ActionScript.Validate(text, NoPlan).Should().NotContain(d => d.Code == Code);
    }

    [Fact]
    public void Number_written_in_groups_is_one_argument_left_to_the_punctuation_rule()
    {
        var diagnostics = ActionScript.Validate("transfer +81 3 3604 2000", NoPlan);

        diagnostics.Should().NotContain(d => d.Code == Code);
        diagnostics.Should().ContainSingle(d => d.Code == "DIN0011");
    }

    [Fact]
    public void A_full_second_number_after_the_transfer_number_is_an_extra_argument_not_part_of_the_number()
    {
        const string text = "transfer +81336042000 8190123456789";

        var diagnostics = ActionScript.Validate(text, ValidationOptions.Default with { CheckNumberingPlan = false });

        var diagnostic = diagnostics.Should().ContainSingle().Which;
        diagnostic.Code.Should().Be("DIN0003");
        diagnostic.Message.Should().Be("a second number after the transfer number; to set the caller ID write `--caller=8190123456789`");
        diagnostic.Fix!.ApplyTo(text).Should().Be("transfer +81336042000 --caller=8190123456789");
    }
}
