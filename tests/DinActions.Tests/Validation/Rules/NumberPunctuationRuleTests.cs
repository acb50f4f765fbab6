using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public sealed class NumberPunctuationRuleTests
{
    private const string Code = "DIN0011";

    private static readonly ValidationOptions NoPlan = ValidationOptions.Default with { CheckNumberingPlan = false };

    [Theory]
    [InlineData("+81-3-3604-2000")]
    [InlineData("+81.3.3604.2000")]
    [InlineData("+81(3)3604-2000")]
    [InlineData("+81 3 3604 2000")]
    public void Transfer_number_with_punctuation_or_blanks_reports_with_fix(string number)
    {
        var text = $"transfer {number}";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be($"the transfer number `{number}` has blanks or punctuation; write the digits only: `+81336042000`");
        diagnostic.Span.Should().Be(new SourceSpan(9, number.Length, 1, 10));
        diagnostic.Fix!.Title.Should().Be("Remove blanks and punctuation");
        diagnostic.Fix.ApplyTo(text).Should().Be("transfer +81336042000");
        ActionScript.Validate(diagnostic.Fix.ApplyTo(text)).Should().BeEmpty();
    }

    [Fact]
    public void Caller_with_blanks_reports_with_fix()
    {
        const string text = "transfer +81336042000 --caller=+81 90 1234 5678";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("the caller ID `+81 90 1234 5678` has blanks or punctuation; write the digits only: `+819012345678`");
        diagnostic.Span.Should().Be(new SourceSpan(31, 16, 1, 32));
        diagnostic.Fix!.ApplyTo(text).Should().Be("transfer +81336042000 --caller=+819012345678");
        ActionScript.Validate(diagnostic.Fix.ApplyTo(text)).Should().BeEmpty();
    }

    [Fact]
    public void Full_width_punctuation_is_removed_and_digits_made_ascii()
    {
        const string text = "transfer ＋８１－３－３６０４－２０００";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Fix!.ApplyTo(text).Should().Be("transfer +81336042000");
    }

    [Theory]
    [InlineData("+81336042000x")]
    [InlineData("81+336042000")]
    [InlineData("++81336042000")]
    [InlineData("https://example.com")]
    [InlineData("+81-3604-20a0")]
    public void Letters_or_misplaced_plus_report_not_a_phone_number_without_fix(string number)
    {
        var diagnostic = ActionScript.Validate($"transfer {number}", NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be($"the transfer number `{number}` is not a phone number: E.164 is `+` and digits only");
        diagnostic.Span.Should().Be(new SourceSpan(9, number.Length, 1, 10));
        diagnostic.Fix.Should().BeNull();
    }

    [Fact]
    public void Punctuation_that_leaves_more_than_fifteen_digits_gets_no_fix()
    {
        var diagnostics = ActionScript.Validate("transfer +81-3360-4200-0123-45", NoPlan);

        var diagnostic = diagnostics.Should().ContainSingle(d => d.Code == Code).Subject;
        diagnostic.Message.Should().Be("the transfer number `+81-3360-4200-0123-45` has blanks or punctuation; write the digits only: `+8133604200012345`");
        diagnostic.Fix.Should().BeNull();
        diagnostics.Should().ContainSingle(d => d.Code == "DIN0014");
    }

    [Fact]
    public void A_trunk_prefix_is_left_out_of_the_count_of_digits_that_decides_the_fix()
    {
        // Sixteen digits as written, fifteen without the trunk prefix's 0: the number the fix writes is one E.164 allows.
        const string text = "transfer +81-(0)3-3604-2000-1234";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("the transfer number `+81-(0)3-3604-2000-1234` has the trunk prefix `(0)`, which is dialled only from inside the country, and blanks or punctuation; write the digits only, without the 0: `+813360420001234`");
        diagnostic.Fix!.Title.Should().Be("Remove the trunk prefix (0), blanks and punctuation");
        diagnostic.Fix.ApplyTo(text).Should().Be("transfer +813360420001234");
    }

    [Fact]
    public void A_zero_in_parentheses_right_after_the_plus_is_no_trunk_prefix()
    {
        // No country code before it, so the 0 is the (wrong) start of the country code, which DIN0013 reports; it is kept.
        const string text = "transfer +-(0)3-3604-2000";

        var diagnostics = ActionScript.Validate(text, NoPlan);

        var diagnostic = diagnostics.Should().ContainSingle(d => d.Code == Code).Subject;
        diagnostic.Message.Should().Be("the transfer number `+-(0)3-3604-2000` has blanks or punctuation; write the digits only: `+0336042000`");
        diagnostic.Fix!.Title.Should().Be("Remove blanks and punctuation");
        diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.NumberCountryCode);
    }

    [Fact]
    public void Punctuation_without_digits_is_left_to_the_length_rule()
    {
        var diagnostics = ActionScript.Validate("transfer +-", NoPlan);

        diagnostics.Should().NotContain(d => d.Code == Code);
        diagnostics.Should().ContainSingle(d => d.Code == "DIN0014");
    }

    [Theory]
    [InlineData("transfer +81336042000 --caller=+819012345678")]
    [InlineData("transfer 81336042000")]
    [InlineData("transfer ＋８１３３６０４２０００")]
    [InlineData("say en \"+81-3-3604-2000\"")]
    public void Plain_digits_and_text_are_not_reported(string text)
    {
        ActionScript.Validate(text, NoPlan).Should().NotContain(d => d.Code == Code);
    }
}
