using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class EmptyScriptRuleTests
{
    private const string Code = "DIN0050";

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    [InlineData("\n")]
    [InlineData("\r\n\r\n")]
    [InlineData("\uFEFF")]
    public void Script_without_any_action_is_one_error_at_the_start(string text)
    {
        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be("the script has no action; write one, such as `say en \"Hello\"`");
        diagnostic.Span.Should().Be(new SourceSpan(0, 0, 1, 1));
        diagnostic.Fix.Should().BeNull();
    }

    [Fact]
    public void Empty_script_does_not_parse_into_a_script()
    {
        var result = ActionScript.Parse(string.Empty);

        result.HasErrors.Should().BeTrue();
        result.Script.Should().BeNull();
    }

    [Theory]
    [InlineData("say en \"Hello\"")]
    [InlineData("voicemail")]
    [InlineData("\nsay en \"Hello\"\n")]
    [InlineData("hello")]
    public void Script_with_any_action_is_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }
}
