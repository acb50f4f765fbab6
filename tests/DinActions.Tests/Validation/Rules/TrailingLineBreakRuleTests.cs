using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class TrailingLineBreakRuleTests
{
    private const string Code = "DIN0058";

    [Fact]
    public void Final_line_feed_is_information_on_the_line_break()
    {
        var diagnostic = ActionScript.Validate("say en \"Hello\"\n").Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Info);
        diagnostic.Message.Should().Be("the script ends with a line break; the action is read without it");
        diagnostic.Span.Should().Be(new SourceSpan(14, 1, 1, 15));
        diagnostic.Fix.Should().BeNull();
    }

    [Theory]
    [InlineData("say en \"Hello\"\r\n", 2)]
    [InlineData("say en \"Hello\"\r", 1)]
    public void Whole_final_line_break_is_covered(string text, int length)
    {
        ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code)
            .Which.Span.Should().Be(new SourceSpan(14, length, 1, 15));
    }

    [Fact]
    public void Final_line_break_after_the_second_action_is_on_the_second_line()
    {
        var options = ValidationOptions.Default with { Profile = ValidationProfile.Dashboard };

        ActionScript.Validate("say en \"Hi\"\ntransfer +81336042000\n", options).Should().ContainSingle(d => d.Code == Code)
            .Which.Span.Should().Be(new SourceSpan(33, 1, 2, 22));
    }

    [Fact]
    public void Final_line_break_alone_does_not_prevent_parsing()
    {
        var result = ActionScript.Parse("say en \"Hello\"\n");

        result.HasErrors.Should().BeFalse();
        result.Script.Should().NotBeNull();
    }

    [Theory]
    [InlineData("say en \"Hello\"")]
    [InlineData("say en \"Hello\"\n\n")]
    [InlineData("say en \"Hello\"\n  ")]
    [InlineData("\n")]
    [InlineData("")]
    public void Text_without_a_final_line_break_after_an_action_is_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }
}
