using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class UnreachableActionRuleTests
{
    private const string Code = "DIN0052";

    private static readonly ValidationOptions Dashboard = ValidationOptions.Default with { Profile = ValidationProfile.Dashboard };

    [Fact]
    public void Action_after_transfer_is_a_warning()
    {
        var diagnostic = ActionScript.Validate("transfer +81336042000\nsay en \"Goodbye.\"", Dashboard).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().Be("this action never runs: `transfer` on line 1 ends the script's control of the call");
        diagnostic.Span.Should().Be(new SourceSpan(22, 17, 2, 1));
        diagnostic.Fix.Should().BeNull();
    }

    [Theory]
    [InlineData("voicemail\nsay en \"Goodbye.\"", 10)]
    [InlineData("voicemail say en \"Hi\"\nsay en \"Goodbye.\"", 22)]
    public void Action_after_voicemail_is_a_warning(string text, int offset)
    {
        var diagnostic = ActionScript.Validate(text, Dashboard).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("this action never runs: `voicemail` on line 1 ends the script's control of the call");
        diagnostic.Span.Should().Be(new SourceSpan(offset, 17, 2, 1));
    }

    [Fact]
    public void Line_of_the_ending_action_counts_blank_lines()
    {
        ActionScript.Validate("\ntransfer +81336042000\nsay en \"Goodbye.\"", Dashboard).Should().ContainSingle(d => d.Code == Code)
            .Which.Message.Should().Be("this action never runs: `transfer` on line 2 ends the script's control of the call");
    }

    [Fact]
    public void Every_action_after_the_end_is_reported_in_any_profile()
    {
        var diagnostics = ActionScript.Validate("transfer +81336042000\nsay en \"a\"\nsay en \"b\"").Where(d => d.Code == Code).ToList();

        diagnostics.Select(d => d.Span.Line).Should().Equal(2, 3);
    }

    [Theory]
    [InlineData("say en \"Hi\"\ntransfer +81336042000")]
    [InlineData("playback https://example.com/a.mp3\nvoicemail")]
    [InlineData("transfer +81336042000")]
    [InlineData("trasnfer +81336042000\nsay en \"Goodbye.\"")]
    public void Transfer_or_voicemail_as_the_last_action_or_misspelt_is_not_reported(string text)
    {
        ActionScript.Validate(text, Dashboard).Should().NotContain(d => d.Code == Code);
    }
}
