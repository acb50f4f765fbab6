using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public sealed class MissingArgumentRuleTests
{
    private const string Code = "DIN0002";

    [Fact]
    public void Playback_without_url_reports_missing_url()
    {
        var diagnostic = ActionScript.Validate("playback").Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be("`playback` needs the URL of an mp3 file: `playback https://example.com/welcome.mp3`");
        diagnostic.Span.Should().Be(new SourceSpan(0, 8, 1, 1));
        diagnostic.Fix.Should().BeNull();
    }

    [Fact]
    public void Transfer_without_number_reports_missing_number()
    {
        var diagnostic = ActionScript.Validate("transfer").Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("`transfer` needs the number to transfer to: `transfer +81336042000`");
        diagnostic.Span.Should().Be(new SourceSpan(0, 8, 1, 1));
    }

    [Fact]
    public void Transfer_with_only_a_caller_option_still_lacks_its_number()
    {
        var diagnostic = ActionScript.Validate("transfer --caller=+819012345678").Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("`transfer` needs the number to transfer to: `transfer +81336042000`");
    }

    [Theory]
    [InlineData("say", "`say` needs a language code and a quoted text: `say en \"Hello\"`")]
    [InlineData("say \"Hello\"", "`say` needs a language code before the text: `say en \"Hello\"`")]
    [InlineData("say en", "`say` needs the text to read, in double quotes, after the language code: `say en \"Hello\"`")]
    public void Say_reports_which_argument_is_missing(string text, string message)
    {
        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be(message);
        diagnostic.Span.Should().Be(new SourceSpan(0, 3, 1, 1));
    }

    [Theory]
    [InlineData("voicemail say \"Hi\"", 3, "`say` needs a language code before the text: `say en \"Hello\"`")]
    [InlineData("voicemail playback", 8, "`playback` needs the URL of an mp3 file: `playback https://example.com/welcome.mp3`")]
    public void Greeting_without_arguments_is_reported_at_the_greeting_name(string text, int length, string message)
    {
        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be(message);
        diagnostic.Span.Should().Be(new SourceSpan(10, length, 1, 11));
    }

    [Fact]
    public void Misspelt_action_is_checked_against_the_action_it_most_likely_means()
    {
        var diagnostics = ActionScript.Validate("tranfser");

        diagnostics.Should().Contain(d => d.Code == "DIN0001");
        diagnostics.Should().ContainSingle(d => d.Code == Code)
            .Which.Message.Should().Be("`transfer` needs the number to transfer to: `transfer +81336042000`");
    }

    [Theory]
    [InlineData("voicemail")]
    [InlineData("playback https://example.com/a.mp3")]
    [InlineData("transfer +81336042000")]
    [InlineData("say en \"Hello\"")]
    [InlineData("voicemail say en \"Please leave a message.\"")]
    [InlineData("xyzzy")]
    public void Complete_actions_and_unknown_names_are_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }

    [Fact]
    public void Unquoted_text_is_left_to_the_quoting_rule()
    {
        var diagnostics = ActionScript.Validate("say en Hello there");

        diagnostics.Should().NotContain(d => d.Code == Code);
        diagnostics.Should().ContainSingle(d => d.Code == "DIN0030");
    }
}
