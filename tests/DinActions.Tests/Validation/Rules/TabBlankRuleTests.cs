using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class TabBlankRuleTests
{
    private const string Code = "DIN0054";

    [Fact]
    public void Tab_between_arguments_is_a_warning_with_a_fix_that_puts_one_space()
    {
        const string text = "say\ten \"Hello\"";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().Be("a tab separates these arguments; use one space");
        diagnostic.Span.Should().Be(new SourceSpan(3, 1, 1, 4));
        diagnostic.Fix!.Title.Should().Be("Replace with one space");
        var fixedText = diagnostic.Fix.ApplyTo(text);
        fixedText.Should().Be("say en \"Hello\"");
        ActionScript.Validate(fixedText).Should().BeEmpty();
    }

    [Fact]
    public void Whole_gap_with_a_tab_is_replaced()
    {
        const string text = "say \t en\t\"Hello\"";

        var diagnostics = ActionScript.Validate(text).Where(d => d.Code == Code).ToList();

        diagnostics.Select(d => d.Span).Should().Equal(new SourceSpan(3, 3, 1, 4), new SourceSpan(8, 1, 1, 9));
        diagnostics[0].Fix!.ApplyTo(text).Should().Be("say en\t\"Hello\"");
        diagnostics[1].Fix!.ApplyTo(text).Should().Be("say \t en \"Hello\"");
    }

    [Fact]
    public void Tab_before_an_option_is_reported()
    {
        const string text = "transfer +81336042000\t--caller=+8190123456789";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(21, 1, 1, 22));
        diagnostic.Fix!.ApplyTo(text).Should().Be("transfer +81336042000 --caller=+8190123456789");
    }

    [Theory]
    [InlineData("say en \"Hello\"")]
    [InlineData("say  en   \"Hello\"")]
    [InlineData("\tsay en \"Hello\"")]
    [InlineData("say en \"Hello\"\t")]
    [InlineData("say en \"a\tb\"")]
    public void Spaces_leading_or_trailing_tabs_and_tabs_inside_text_are_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }
}
