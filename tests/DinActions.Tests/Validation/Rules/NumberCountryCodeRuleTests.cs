using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public sealed class NumberCountryCodeRuleTests
{
    private const string Code = "DIN0013";

    private static readonly ValidationOptions NoPlan = ValidationOptions.Default with { CheckNumberingPlan = false };

    [Fact]
    public void Plus_before_a_national_number_reports_country_code_starting_with_zero()
    {
        var diagnostic = ActionScript.Validate("transfer +0336042000", NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be("the transfer number `+0336042000` has a country code starting with 0; replace the 0 with the country code (Japan: `+81`)");
        diagnostic.Span.Should().Be(new SourceSpan(9, 11, 1, 10));
        diagnostic.Fix.Should().BeNull();
    }

    [Fact]
    public void Caller_with_country_code_zero_is_reported_at_the_caller()
    {
        var diagnostic = ActionScript.Validate("transfer +81336042000 --caller=+0901234567", NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("the caller ID `+0901234567` has a country code starting with 0; replace the 0 with the country code (Japan: `+81`)");
        diagnostic.Span.Should().Be(new SourceSpan(31, 11, 1, 32));
    }

    [Theory]
    [InlineData("+0-3-3604-2000")]
    [InlineData("+０３３６０４２０００")]
    public void Punctuated_or_full_width_number_is_reported_alongside_its_other_problem(string number)
    {
        var diagnostics = ActionScript.Validate($"transfer {number}", NoPlan);

        diagnostics.Should().ContainSingle(d => d.Code == Code).Which.Span.Should().Be(new SourceSpan(9, number.Length, 1, 10));
    }

    [Fact]
    public void Numbering_plan_is_not_checked_for_a_country_code_starting_with_zero()
    {
        var diagnostics = ActionScript.Validate("transfer +0336042000");

        diagnostics.Should().ContainSingle(d => d.Code == Code);
        diagnostics.Should().NotContain(d => d.Code == "DIN0015");
    }

    [Theory]
    [InlineData("transfer 0312345678")]
    [InlineData("transfer +81336042000")]
    [InlineData("transfer +81336042000 --caller=+819012345678")]
    [InlineData("transfer +0x")]
    [InlineData("transfer +")]
    public void National_numbers_valid_numbers_and_non_numbers_are_not_reported(string text)
    {
        ActionScript.Validate(text, NoPlan).Should().NotContain(d => d.Code == Code);
    }
}
