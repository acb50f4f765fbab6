using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public sealed class NumberFullWidthRuleTests
{
    private const string Code = "DIN0012";

    private static readonly ValidationOptions NoPlan = ValidationOptions.Default with { CheckNumberingPlan = false };

    [Theory]
    [InlineData("＋８１３３６０４２０００")]
    [InlineData("+81３３６０４２０００")]
    [InlineData("＋81336042000")]
    public void Full_width_transfer_number_reports_with_fix_to_ascii(string number)
    {
        var text = $"transfer {number}";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be($"the transfer number `{number}` has full-width characters; write `+81336042000`");
        diagnostic.Span.Should().Be(new SourceSpan(9, number.Length, 1, 10));
        diagnostic.Fix!.Title.Should().Be("Convert to ASCII");
        diagnostic.Fix.ApplyTo(text).Should().Be("transfer +81336042000");
        ActionScript.Validate(diagnostic.Fix.ApplyTo(text)).Should().BeEmpty();
    }

    [Fact]
    public void Full_width_caller_reports_with_fix()
    {
        const string text = "transfer +81336042000 --caller=＋８１９０１２３４５６７８";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("the caller ID `＋８１９０１２３４５６７８` has full-width characters; write `+819012345678`");
        diagnostic.Span.Should().Be(new SourceSpan(31, 13, 1, 32));
        diagnostic.Fix!.ApplyTo(text).Should().Be("transfer +81336042000 --caller=+819012345678");
    }

    [Fact]
    public void Full_width_number_without_plus_is_converted_and_left_lacking_plus()
    {
        const string text = "transfer ８１３３６０４２０００";

        var diagnostics = ActionScript.Validate(text, NoPlan);

        var diagnostic = diagnostics.Should().ContainSingle(d => d.Code == Code).Subject;
        diagnostic.Fix!.ApplyTo(text).Should().Be("transfer 81336042000");
        diagnostics.Should().ContainSingle(d => d.Code == "DIN0010");
    }

    [Fact]
    public void A_control_character_in_a_full_width_number_is_shown_as_its_code_point_in_the_suggestion_too()
    {
        // Found by the fuzzer: the message quoted the number safely but wrote the suggested one raw.
        const string text = "transfer +03\u0010\u00002000＋";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("the transfer number `+03U+0010U+00002000＋` has full-width characters; write `+03U+0010U+00002000+`");
        diagnostic.Fix!.ApplyTo(text).Should().Be("transfer +03\u0010\u00002000+", "the fix writes the characters themselves; only the message shows them");
    }

    [Theory]
    [InlineData("transfer +81336042000 --caller=+819012345678")]
    [InlineData("transfer +81-3-3604-2000")]
    [InlineData("say ja \"０３\"")]
    public void Ascii_numbers_and_full_width_text_are_not_reported(string text)
    {
        ActionScript.Validate(text, NoPlan).Should().NotContain(d => d.Code == Code);
    }
}
