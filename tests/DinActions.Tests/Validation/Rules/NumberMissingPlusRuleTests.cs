using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public sealed class NumberMissingPlusRuleTests
{
    private const string Code = "DIN0010";

    private static readonly ValidationOptions NoPlan = ValidationOptions.Default with { CheckNumberingPlan = false };

    [Fact]
    public void Transfer_without_plus_reports_missing_plus_with_fix()
    {
        const string text = "transfer 81336042000";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be("the transfer number `81336042000` lacks the `+` of E.164: write `+81336042000`");
        diagnostic.Span.Should().Be(new SourceSpan(9, 11, 1, 10));
        diagnostic.Fix!.Title.Should().Be("Add `+`");
        diagnostic.Fix.Edit.Span.Length.Should().Be(0);
        diagnostic.Fix.ApplyTo(text).Should().Be("transfer +81336042000");
        ActionScript.Validate(diagnostic.Fix.ApplyTo(text)).Should().BeEmpty();
    }

    [Fact]
    public void Caller_without_plus_reports_missing_plus_with_fix()
    {
        const string text = "transfer +81336042000 --caller=819012345678";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("the caller ID `819012345678` lacks the `+` of E.164: write `+819012345678`");
        diagnostic.Span.Should().Be(new SourceSpan(31, 12, 1, 32));
        diagnostic.Fix!.ApplyTo(text).Should().Be("transfer +81336042000 --caller=+819012345678");
        ActionScript.Validate(diagnostic.Fix.ApplyTo(text)).Should().BeEmpty();
    }

    [Fact]
    public void National_number_reports_national_format_without_fix_and_not_country_code()
    {
        var diagnostics = ActionScript.Validate("transfer 0312345678", NoPlan);

        var diagnostic = diagnostics.Should().ContainSingle(d => d.Code == Code).Subject;
        diagnostic.Message.Should().Be("the transfer number `0312345678` is in national format; write `+`, the country code, and the number without its leading 0 (Japan: `+81`)");
        diagnostic.Span.Should().Be(new SourceSpan(9, 10, 1, 10));
        diagnostic.Fix.Should().BeNull();
        diagnostics.Should().NotContain(d => d.Code == "DIN0013");
    }

    [Fact]
    public void National_numbers_are_reported_for_both_target_and_caller()
    {
        var diagnostics = ActionScript.Validate("transfer 0312345678 --caller=09012345678", NoPlan).Where(d => d.Code == Code).ToList();

        diagnostics.Should().HaveCount(2);
        diagnostics[0].Span.Should().Be(new SourceSpan(9, 10, 1, 10));
        diagnostics[1].Span.Should().Be(new SourceSpan(29, 11, 1, 30));
        diagnostics[1].Message.Should().StartWith("the caller ID `09012345678` is in national format;");
    }

    [Fact]
    public void Long_number_is_shortened_in_the_message_but_fully_fixed()
    {
        var digits = string.Concat(Enumerable.Repeat("1234567890", 4));
        var text = $"transfer {digits}";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be($"the transfer number `{digits}` lacks the `+` of E.164: write `+{digits[..30]}…`");
        diagnostic.Fix!.ApplyTo(text).Should().Be($"transfer +{digits}");
    }

    [Fact]
    public void Misspelt_transfer_still_has_its_number_checked()
    {
        const string text = "tranfser 81336042000";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Fix!.ApplyTo(text).Should().Be("tranfser +81336042000");
    }

    [Theory]
    [InlineData("transfer +81336042000")]
    [InlineData("transfer ＋８１３３６０４２０００")]
    [InlineData("transfer +0336042000")]
    [InlineData("transfer abc")]
    [InlineData("transfer +81336042000 --caller=+819012345678")]
    [InlineData("say en \"0312345678\"")]
    [InlineData("playback https://example.com/0312345678.mp3")]
    public void Numbers_with_plus_non_numbers_and_non_number_arguments_are_not_reported(string text)
    {
        ActionScript.Validate(text, NoPlan).Should().NotContain(d => d.Code == Code);
    }
}
