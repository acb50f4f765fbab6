using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class BlankLineRuleTests
{
    private const string Code = "DIN0057";

    private static readonly ValidationOptions Dashboard = ValidationOptions.Default with { Profile = ValidationProfile.Dashboard };

    [Fact]
    public void Blank_line_between_actions_is_a_warning_with_a_fix_that_removes_it()
    {
        const string text = "say en \"Welcome.\"\n\ntransfer +81336042000";

        var diagnostic = ActionScript.Validate(text, Dashboard).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().Be("line 2 is blank; remove it");
        diagnostic.Span.Should().Be(new SourceSpan(18, 0, 2, 1));
        diagnostic.Fix!.Title.Should().Be("Remove the blank line");
        var fixedText = diagnostic.Fix.ApplyTo(text);
        fixedText.Should().Be("say en \"Welcome.\"\ntransfer +81336042000");
        ActionScript.Validate(fixedText, Dashboard).Should().BeEmpty();
    }

    [Fact]
    public void Blank_first_line_is_removed_with_its_line_break()
    {
        const string text = "\nsay en \"Hello\"";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("line 1 is blank; remove it");
        diagnostic.Span.Should().Be(new SourceSpan(0, 0, 1, 1));
        diagnostic.Fix!.ApplyTo(text).Should().Be("say en \"Hello\"");
    }

    [Fact]
    public void Line_of_blanks_is_reported_with_its_blanks()
    {
        const string text = "say en \"Hello\"\n  ";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(15, 2, 2, 1));
        // The break before the last line belongs to the line above, where another fix may be mending it.
        diagnostic.Fix!.ApplyTo(text).Should().Be("say en \"Hello\"\n");
        ActionScript.Validate(diagnostic.Fix.ApplyTo(text)).Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Info);
    }

    [Fact]
    public void Blank_line_before_the_final_line_break_is_reported_but_not_the_final_empty_line()
    {
        const string text = "say en \"Hello\"\n\n";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(15, 0, 2, 1));
        var fixedText = diagnostic.Fix!.ApplyTo(text);
        fixedText.Should().Be("say en \"Hello\"\n");
        ActionScript.Validate(fixedText).Should().NotContain(d => d.Code == Code);
    }

    [Fact]
    public void Blank_line_with_windows_ending_is_removed_whole()
    {
        const string text = "say en \"a\"\r\n\r\ntransfer +81336042000";

        var diagnostic = ActionScript.Validate(text, Dashboard).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(12, 0, 2, 1));
        diagnostic.Fix!.ApplyTo(text).Should().Be("say en \"a\"\r\ntransfer +81336042000");
    }

    [Fact]
    public void Each_blank_line_is_reported()
    {
        ActionScript.Validate("say en \"Hello\"\n\n\n").Where(d => d.Code == Code)
            .Select(d => d.Message).Should().Equal("line 2 is blank; remove it", "line 3 is blank; remove it");
    }

    [Theory]
    [InlineData("say en \"Hello\"")]
    [InlineData("say en \"Hello\"\n")]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("   \n  ")]
    public void Final_line_break_and_scripts_without_actions_are_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }
}
