using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public sealed class OptionFormRuleTests
{
    private const string Code = "DIN0007";

    private static readonly ValidationOptions NoPlan = ValidationOptions.Default with { CheckNumberingPlan = false };

    [Theory]
    [InlineData("transfer +81336042000 --caller +819012345678")]
    [InlineData("transfer +81336042000 --caller\t+819012345678")]
    public void Caller_value_after_a_blank_reports_with_fix_that_joins_with_equals(string text)
    {
        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be("write the value after `=` with no blank: `--caller=+819012345678`");
        diagnostic.Span.Should().Be(new SourceSpan(22, 22, 1, 23));
        diagnostic.Fix!.Title.Should().Be("Join with `=`");
        diagnostic.Fix.ApplyTo(text).Should().Be("transfer +81336042000 --caller=+819012345678");
        ActionScript.Validate(diagnostic.Fix.ApplyTo(text), NoPlan).Should().BeEmpty();
    }

    [Fact]
    public void Non_number_value_after_a_blank_is_joined_and_left_to_the_number_rules()
    {
        const string text = "transfer +81336042000 --caller foo";

        var diagnostics = ActionScript.Validate(text, NoPlan);

        var diagnostic = diagnostics.Should().ContainSingle(d => d.Code == Code).Subject;
        diagnostic.Message.Should().Be("write the value after `=` with no blank: `--caller=foo`");
        diagnostic.Fix!.ApplyTo(text).Should().Be("transfer +81336042000 --caller=foo");
        diagnostics.Should().ContainSingle(d => d.Code == "DIN0011");
    }

    [Fact]
    public void Long_joined_value_is_shortened_in_the_message_but_not_in_the_fix()
    {
        var value = new string('1', 70);
        var text = $"transfer +81336042000 --caller {value}";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be($"write the value after `=` with no blank: `--caller={new string('1', 51)}…`");
        diagnostic.Fix!.ApplyTo(text).Should().Be($"transfer +81336042000 --caller={value}");
    }

    [Theory]
    [InlineData("transfer +81336042000 --caller=", 9)]
    [InlineData("transfer +81336042000 --caller", 8)]
    public void Caller_without_value_reports_that_it_needs_a_number(string text, int length)
    {
        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("`--caller` needs a number: `--caller=+8190123456789`");
        diagnostic.Span.Should().Be(new SourceSpan(22, length, 1, 23));
        diagnostic.Fix.Should().BeNull();
    }

    [Fact]
    public void Quoted_text_after_caller_is_not_taken_as_its_value()
    {
        var diagnostics = ActionScript.Validate("transfer +81336042000 --caller \"x\"", NoPlan);

        diagnostics.Should().ContainSingle(d => d.Code == Code)
            .Which.Message.Should().Be("`--caller` needs a number: `--caller=+8190123456789`");
        diagnostics.Should().ContainSingle(d => d.Code == "DIN0003");
    }

    [Theory]
    [InlineData("transfer +81336042000 --caller=+819012345678")]
    [InlineData("transfer +81336042000 --loud")]
    [InlineData("transfer +81336042000 --timeout 30")]
    [InlineData("transfer +81336042000")]
    public void Well_formed_caller_and_other_options_are_not_reported(string text)
    {
        ActionScript.Validate(text, NoPlan).Should().NotContain(d => d.Code == Code);
    }
}
