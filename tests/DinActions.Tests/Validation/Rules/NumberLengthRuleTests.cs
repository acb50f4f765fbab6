using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public sealed class NumberLengthRuleTests
{
    private const string Code = "DIN0014";

    private static readonly ValidationOptions NoPlan = ValidationOptions.Default with { CheckNumberingPlan = false };

    [Fact]
    public void Sixteen_digits_is_too_long()
    {
        var diagnostic = ActionScript.Validate("transfer +8133604200012345", NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be("the transfer number `+8133604200012345` has 16 digits; E.164 allows at most 15");
        diagnostic.Span.Should().Be(new SourceSpan(9, 17, 1, 10));
        diagnostic.Fix.Should().BeNull();
    }

    [Fact]
    public void Fifteen_digits_is_the_limit()
    {
        ActionScript.Validate("transfer +813360420001234", NoPlan).Should().NotContain(d => d.Code == Code);
    }

    [Fact]
    public void Digits_are_counted_without_punctuation_or_plus()
    {
        var diagnostic = ActionScript.Validate("transfer 81-3360-4200-0123-45", NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("the transfer number `81-3360-4200-0123-45` has 16 digits; E.164 allows at most 15");
    }

    [Fact]
    public void Caller_that_is_too_long_is_reported_at_the_caller()
    {
        var diagnostic = ActionScript.Validate("transfer +81336042000 --caller=+8190123456781234", NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("the caller ID `+8190123456781234` has 16 digits; E.164 allows at most 15");
        diagnostic.Span.Should().Be(new SourceSpan(31, 17, 1, 32));
    }

    [Theory]
    [InlineData("transfer +", "transfer number", "+", 9)]
    [InlineData("transfer ＋", "transfer number", "＋", 9)]
    [InlineData("transfer +-", "transfer number", "+-", 9)]
    [InlineData("transfer +81336042000 --caller=+", "caller ID", "+", 31)]
    public void Plus_without_digits_reports_no_digits(string text, string role, string number, int offset)
    {
        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be($"the {role} `{number}` has no digits");
        diagnostic.Span.Should().Be(new SourceSpan(offset, number.Length, 1, offset + 1));
    }

    [Theory]
    [InlineData("transfer +81336042000")]
    [InlineData("transfer abc")]
    [InlineData("transfer +8133604200012345x")]
    [InlineData("transfer +81336042000 --caller=")]
    public void Valid_lengths_and_non_numbers_are_not_reported(string text)
    {
        ActionScript.Validate(text, NoPlan).Should().NotContain(d => d.Code == Code);
    }
}
