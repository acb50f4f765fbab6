using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public sealed class DuplicateOptionRuleTests
{
    private const string Code = "DIN0006";

    private static readonly ValidationOptions NoPlan = ValidationOptions.Default with { CheckNumberingPlan = false };

    [Fact]
    public void Repeated_caller_reports_the_second_with_fix_that_removes_it()
    {
        const string text = "transfer +81336042000 --caller=+819012345678 --caller=+819012345670";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be("`--caller` is already given at column 23; keep one");
        diagnostic.Span.Should().Be(new SourceSpan(45, 22, 1, 46));
        diagnostic.Fix!.Title.Should().Be("Remove the repeated option");
        diagnostic.Fix.ApplyTo(text).Should().Be("transfer +81336042000 --caller=+819012345678");
        ActionScript.Validate(diagnostic.Fix.ApplyTo(text), NoPlan).Should().BeEmpty();
    }

    [Fact]
    public void Identical_repeated_caller_is_still_reported()
    {
        const string text = "transfer +81336042000 --caller=+819012345678 --caller=+819012345678";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Fix!.ApplyTo(text).Should().Be("transfer +81336042000 --caller=+819012345678");
    }

    [Fact]
    public void Each_repeat_is_reported_against_the_first_occurrence()
    {
        const string text = "transfer +81336042000 --caller=+819012345678 --caller=+819012345670 --caller=+819012345671";

        var diagnostics = ActionScript.Validate(text, NoPlan).Where(d => d.Code == Code).ToList();

        diagnostics.Should().HaveCount(2);
        diagnostics.Select(d => d.Message).Should().AllBe("`--caller` is already given at column 23; keep one");
        diagnostics.Select(d => d.Span).Should().Equal(new SourceSpan(45, 22, 1, 46), new SourceSpan(68, 22, 1, 69));
        diagnostics[0].Fix!.ApplyTo(text).Should().Be("transfer +81336042000 --caller=+819012345678 --caller=+819012345671");
        diagnostics[1].Fix!.ApplyTo(text).Should().Be("transfer +81336042000 --caller=+819012345678 --caller=+819012345670");
    }

    [Fact]
    public void Repeat_written_with_a_blank_is_removed_with_its_value()
    {
        const string text = "transfer +81336042000 --caller=+819012345678 --caller +819012345670";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(45, 22, 1, 46));
        diagnostic.Fix!.ApplyTo(text).Should().Be("transfer +81336042000 --caller=+819012345678");
    }

    [Fact]
    public void Repeated_unknown_option_is_reported_too()
    {
        const string text = "transfer +81336042000 --loud --loud";

        var diagnostic = ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("`--loud` is already given at column 23; keep one");
        diagnostic.Span.Should().Be(new SourceSpan(29, 6, 1, 30));
        diagnostic.Fix!.ApplyTo(text).Should().Be("transfer +81336042000 --loud");
    }

    [Fact]
    public void An_option_after_a_repeat_that_is_not_repeated_itself_is_not_reported()
    {
        const string text = "transfer +81336042000 --caller=+819012345678 --caller=+819012345670 --loud";

        ActionScript.Validate(text, NoPlan).Should().ContainSingle(d => d.Code == Code)
            .Which.Message.Should().Be("`--caller` is already given at column 23; keep one");
    }

    [Theory]
    [InlineData("transfer +81336042000 --caller=+819012345678")]
    [InlineData("transfer +81336042000 --caller=+819012345678 --callerid=+819012345670")]
    [InlineData("transfer +81336042000")]
    public void Single_options_are_not_reported(string text)
    {
        ActionScript.Validate(text, NoPlan).Should().NotContain(d => d.Code == Code);
    }
}
