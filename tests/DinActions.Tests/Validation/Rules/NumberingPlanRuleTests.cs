using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public sealed class NumberingPlanRuleTests
{
    private const string Code = "DIN0015";

    [Theory]
    [InlineData("+81807181881")]
    [InlineData("+8133604200")]
    public void Number_outside_the_japanese_plan_is_a_warning(string number)
    {
        var diagnostics = ActionScript.Validate($"transfer {number}");

        var diagnostic = diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(Code);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().Be($"the transfer number `{number}` is not a valid number in the numbering plan of JP (+81); check its digits");
        diagnostic.Span.Should().Be(new SourceSpan(9, number.Length, 1, 10));
        diagnostic.Fix.Should().BeNull();
    }

    [Fact]
    public void Warning_does_not_prevent_parsing()
    {
        var result = ActionScript.Parse("transfer +81807181881");

        result.Script.Should().NotBeNull();
        result.Diagnostics.Should().ContainSingle(d => d.Code == Code);
    }

    [Fact]
    public void Invalid_caller_is_reported_at_the_caller()
    {
        var diagnostic = ActionScript.Validate("transfer +81336042000 --caller=+8133604200").Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("the caller ID `+8133604200` is not a valid number in the numbering plan of JP (+81); check its digits");
        diagnostic.Span.Should().Be(new SourceSpan(31, 11, 1, 32));
    }

    [Fact]
    public void Unknown_country_code_is_reported()
    {
        var diagnostic = ActionScript.Validate("transfer +999123456789").Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("the transfer number `+999123456789` does not start with a known country code");
        diagnostic.Span.Should().Be(new SourceSpan(9, 13, 1, 10));
    }

    [Theory]
    [InlineData("+1")]
    [InlineData("+81")]
    public void Number_too_short_to_parse_is_reported_as_too_short(string number)
    {
        var diagnostic = ActionScript.Validate($"transfer {number}").Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be($"the transfer number `{number}` is too short to be a phone number; check its digits");
    }

    [Theory]
    [InlineData("transfer +81336042000")]
    [InlineData("transfer +81336042000 --caller=+819012345678")]
    [InlineData("transfer +14155552671")]
    [InlineData("transfer +442071838750")]
    public void Valid_numbers_are_not_reported(string text)
    {
        ActionScript.Validate(text).Should().BeEmpty();
    }

    [Fact]
    public void Check_can_be_turned_off()
    {
        var options = ValidationOptions.Default with { CheckNumberingPlan = false };

        ActionScript.Validate("transfer +81807181881", options).Should().BeEmpty();
    }

    [Fact]
    public void Rule_can_be_disabled_by_code()
    {
        var options = ValidationOptions.Default with { DisabledRules = [Code] };

        ActionScript.Validate("transfer +81807181881", options).Should().BeEmpty();
    }

    [Theory]
    [InlineData("transfer 8133604200")]
    [InlineData("transfer +81-3-3604-200")]
    [InlineData("transfer ＋８１３３６０４２００")]
    [InlineData("transfer +0336042000")]
    [InlineData("transfer +8133604200012345")]
    public void Numbers_with_syntax_errors_are_left_to_the_syntax_rules(string text)
    {
        var diagnostics = ActionScript.Validate(text);

        diagnostics.Should().NotContain(d => d.Code == Code);
        diagnostics.Should().Contain(d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Number_on_a_misspelt_transfer_is_still_checked()
    {
        ActionScript.Validate("tranfser +8133604200").Should().ContainSingle(d => d.Code == Code);
    }
}
