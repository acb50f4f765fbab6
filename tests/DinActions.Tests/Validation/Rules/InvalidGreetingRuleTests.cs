using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public sealed class InvalidGreetingRuleTests
{
    private const string Code = "DIN0008";

    [Theory]
    [InlineData("voicemail transfer +81336042000", "transfer")]
    [InlineData("voicemail voicemail", "voicemail")]
    [InlineData("voicemail voicemail say en \"Hi\"", "voicemail")]
    public void Transfer_or_voicemail_as_greeting_is_reported(string text, string greeting)
    {
        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be($"a voicemail greeting is `say` or `playback`, not `{greeting}`");
        diagnostic.Span.Should().Be(new SourceSpan(10, greeting.Length, 1, 11));
        diagnostic.Fix.Should().BeNull();
    }

    [Fact]
    public void Greeting_on_the_second_line_is_reported_there()
    {
        const string text = "say en \"Hi\"\nvoicemail transfer +81336042000";
        var options = ValidationOptions.Default with { Profile = ValidationProfile.Dashboard };

        var diagnostic = ActionScript.Validate(text, options).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(22, 8, 2, 11));
    }

    [Theory]
    [InlineData("voicemail")]
    [InlineData("voicemail say en \"Please leave a message.\"")]
    [InlineData("voicemail playback https://example.com/greeting.mp3")]
    [InlineData("transfer +81336042000")]
    public void Say_playback_or_no_greeting_is_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }

    [Theory]
    [InlineData("voicemail Transfer +81336042000")]
    [InlineData("voicemail foo")]
    public void Greeting_with_an_unknown_name_is_left_to_the_unknown_action_rule(string text)
    {
        var diagnostics = ActionScript.Validate(text);

        diagnostics.Should().NotContain(d => d.Code == Code);
        diagnostics.Should().ContainSingle(d => d.Code == "DIN0001");
    }
}
