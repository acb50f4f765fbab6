using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public sealed class UnknownActionRuleTests
{
    private const string Code = "DIN0001";

    [Theory]
    [InlineData("Say en \"Hello\"", "Say", "say", "say en \"Hello\"")]
    [InlineData("PLAYBACK https://example.com/a.mp3", "PLAYBACK", "playback", "playback https://example.com/a.mp3")]
    [InlineData("Transfer +81336042000", "Transfer", "transfer", "transfer +81336042000")]
    public void Capitalised_name_reports_lower_case_with_fix(string text, string written, string name, string expectedFixed)
    {
        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be($"action names are lower case: write `{name}` instead of `{written}`");
        diagnostic.Span.Should().Be(new SourceSpan(0, written.Length, 1, 1));
        diagnostic.Fix.Should().NotBeNull();
        diagnostic.Fix!.Title.Should().Be($"Replace with `{name}`");
        diagnostic.Fix.ApplyTo(text).Should().Be(expectedFixed);
        ActionScript.Validate(expectedFixed).Should().BeEmpty();
    }

    [Theory]
    [InlineData("playbak https://example.com/a.mp3", "playbak", "playback", "playback https://example.com/a.mp3")]
    [InlineData("tranfser +81336042000", "tranfser", "transfer", "transfer +81336042000")]
    [InlineData("sya en \"Hi\"", "sya", "say", "say en \"Hi\"")]
    [InlineData("voicemial", "voicemial", "voicemail", "voicemail")]
    public void Misspelt_name_reports_did_you_mean_with_fix(string text, string written, string name, string expectedFixed)
    {
        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be($"unknown action `{written}`; did you mean `{name}`?");
        diagnostic.Span.Should().Be(new SourceSpan(0, written.Length, 1, 1));
        diagnostic.Fix!.Title.Should().Be($"Replace with `{name}`");
        diagnostic.Fix.ApplyTo(text).Should().Be(expectedFixed);
        ActionScript.Validate(expectedFixed).Should().NotContain(d => d.Code == Code);
    }

    [Theory]
    [InlineData("xyzzy", "xyzzy")]
    [InlineData("foo bar", "foo")]
    [InlineData("hangup", "hangup")]
    public void Unrecognisable_name_reports_the_four_actions_without_fix(string text, string written)
    {
        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be($"unknown action `{written}`; expected `playback`, `transfer`, `say` or `voicemail`");
        diagnostic.Span.Should().Be(new SourceSpan(0, written.Length, 1, 1));
        diagnostic.Fix.Should().BeNull();
    }

    [Theory]
    [InlineData("\"Hello\"")]
    [InlineData("--caller=+81336042000")]
    public void Line_starting_with_text_or_option_reports_expected_action_name(string text)
    {
        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be($"expected an action name (`playback`, `transfer`, `say` or `voicemail`) before `{text}`");
        diagnostic.Span.Should().Be(new SourceSpan(0, text.Length, 1, 1));
        diagnostic.Fix.Should().BeNull();
    }

    [Fact]
    public void Misspelt_greeting_is_reported_at_its_own_position()
    {
        const string text = "voicemail Say en \"Please leave a message.\"";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(10, 3, 1, 11));
        diagnostic.Fix!.ApplyTo(text).Should().Be("voicemail say en \"Please leave a message.\"");
    }

    [Fact]
    public void Misspelt_name_on_second_line_is_reported_on_line_two()
    {
        const string text = "say en \"Hi\"\nplaybak https://example.com/a.mp3";
        var options = ValidationOptions.Default with { Profile = ValidationProfile.Dashboard };

        var diagnostic = ActionScript.Validate(text, options).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(12, 7, 2, 1));
        diagnostic.Fix!.ApplyTo(text).Should().Be("say en \"Hi\"\nplayback https://example.com/a.mp3");
    }

    [Theory]
    [InlineData("playback https://example.com/a.mp3")]
    [InlineData("transfer +81336042000 --caller=+819012345678")]
    [InlineData("say en \"Hello\"")]
    [InlineData("voicemail")]
    [InlineData("voicemail say en \"Please leave a message.\"")]
    [InlineData("voicemail playback https://example.com/greeting.mp3")]
    public void Known_actions_are_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }
}
