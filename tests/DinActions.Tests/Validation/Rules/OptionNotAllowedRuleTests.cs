using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public sealed class OptionNotAllowedRuleTests
{
    private const string Code = "DIN0005";

    private static readonly ValidationOptions NoPlan = ValidationOptions.Default with { CheckNumberingPlan = false };

    [Theory]
    [InlineData("say en \"Hi\" --caller=+819012345678", "say", 12, "say en \"Hi\"")]
    [InlineData("playback https://example.com/a.mp3 --caller=+819012345678", "playback", 35, "playback https://example.com/a.mp3")]
    [InlineData("voicemail --caller=+819012345678", "voicemail", 10, "voicemail")]
    public void Caller_on_another_action_reports_with_fix_that_removes_it(string text, string action, int offset, string expectedFixed)
    {
        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be($"`--caller` only goes with `transfer`, not `{action}`; remove it");
        diagnostic.Span.Should().Be(new SourceSpan(offset, 22, 1, offset + 1));
        diagnostic.Fix!.Title.Should().Be("Remove the option");
        diagnostic.Fix.ApplyTo(text).Should().Be(expectedFixed);
        ActionScript.Validate(expectedFixed, NoPlan).Should().BeEmpty();
    }

    [Fact]
    public void Caller_on_a_greeting_names_the_greeting_action()
    {
        const string text = "voicemail say en \"Hi\" --caller=+819012345678";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("`--caller` only goes with `transfer`, not `say`; remove it");
        diagnostic.Span.Should().Be(new SourceSpan(22, 22, 1, 23));
        diagnostic.Fix!.ApplyTo(text).Should().Be("voicemail say en \"Hi\"");
    }

    [Fact]
    public void Caller_written_with_a_blank_is_removed_with_its_value()
    {
        const string text = "say en \"Hi\" --caller +819012345678";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(12, 22, 1, 13));
        diagnostic.Fix!.ApplyTo(text).Should().Be("say en \"Hi\"");
        ActionScript.Validate(diagnostic.Fix.ApplyTo(text), NoPlan).Should().BeEmpty();
    }

    [Fact]
    public void Misspelt_action_is_checked_as_the_action_it_most_likely_means()
    {
        var diagnostic = ActionScript.Validate("playbak https://example.com/a.mp3 --caller=+819012345678", NoPlan)
            .Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("`--caller` only goes with `transfer`, not `playback`; remove it");
    }

    [Theory]
    [InlineData("transfer +81336042000 --caller=+819012345678")]
    [InlineData("say en \"Hi\" --volume=3")]
    [InlineData("foo --caller=+819012345678")]
    public void Caller_on_transfer_other_options_and_unknown_actions_are_not_reported(string text)
    {
        ActionScript.Validate(text, NoPlan).Should().NotContain(d => d.Code == Code);
    }
}
