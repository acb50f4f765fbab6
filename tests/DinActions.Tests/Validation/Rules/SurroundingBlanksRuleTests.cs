using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class SurroundingBlanksRuleTests
{
    private const string Code = "DIN0053";

    [Fact]
    public void Leading_blanks_are_a_warning_with_a_fix_that_removes_them()
    {
        const string text = "  say en \"Hello\"";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().Be("blanks before the action; remove them");
        diagnostic.Span.Should().Be(new SourceSpan(0, 2, 1, 1));
        diagnostic.Fix!.Title.Should().Be("Remove the blanks");
        var fixedText = diagnostic.Fix.ApplyTo(text);
        fixedText.Should().Be("say en \"Hello\"");
        ActionScript.Validate(fixedText).Should().BeEmpty();
    }

    [Fact]
    public void Trailing_blanks_are_a_warning_with_a_fix_that_removes_them()
    {
        const string text = "say en \"Hello\"  ";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("blanks after the action; remove them");
        diagnostic.Span.Should().Be(new SourceSpan(14, 2, 1, 15));
        diagnostic.Fix!.ApplyTo(text).Should().Be("say en \"Hello\"");
    }

    [Fact]
    public void Blanks_on_both_sides_are_two_warnings()
    {
        var diagnostics = ActionScript.Validate("  say en \"Hello\"  ").Where(d => d.Code == Code).ToList();

        diagnostics.Select(d => d.Span).Should().Equal(new SourceSpan(0, 2, 1, 1), new SourceSpan(16, 2, 1, 17));
    }

    [Fact]
    public void Leading_tab_counts_as_a_blank()
    {
        const string text = "\t say en \"Hello\"";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(0, 2, 1, 1));
        diagnostic.Fix!.ApplyTo(text).Should().Be("say en \"Hello\"");
    }

    [Fact]
    public void Blank_after_a_byte_order_mark_is_reported_without_the_mark()
    {
        const string text = "\uFEFF say en \"Hello\"";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(1, 1, 1, 2));
        diagnostic.Fix!.ApplyTo(text).Should().Be("\uFEFFsay en \"Hello\"");
    }

    [Fact]
    public void Blanks_on_a_second_line_are_reported_on_that_line()
    {
        var options = ValidationOptions.Default with { Profile = ValidationProfile.Dashboard };
        const string text = "say en \"Hi\"\n  transfer +81336042000";

        var diagnostic = ActionScript.Validate(text, options).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(12, 2, 2, 1));
        diagnostic.Fix!.ApplyTo(text).Should().Be("say en \"Hi\"\ntransfer +81336042000");
    }

    [Theory]
    [InlineData("say en \"Hello\"")]
    [InlineData("say en \"  Hello  \"")]
    [InlineData("say en \"Hello\"\n")]
    [InlineData("\uFEFFsay en \"Hello\"")]
    [InlineData("   ")]
    public void Blanks_inside_text_line_breaks_and_blank_lines_are_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }
}
