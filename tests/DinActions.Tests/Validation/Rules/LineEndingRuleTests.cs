using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class LineEndingRuleTests
{
    private const string Code = "DIN0055";

    private static readonly ValidationOptions Dashboard = ValidationOptions.Default with { Profile = ValidationProfile.Dashboard };

    [Fact]
    public void Windows_line_ending_is_a_warning_with_a_fix_to_line_feed()
    {
        const string text = "say en \"Hello\"\r\n";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().Be("line 1 ends with `\\r\\n`; use `\\n`");
        diagnostic.Span.Should().Be(new SourceSpan(14, 2, 1, 15));
        diagnostic.Fix!.Title.Should().Be("Replace with \\n");
        var fixedText = diagnostic.Fix.ApplyTo(text);
        fixedText.Should().Be("say en \"Hello\"\n");
        ActionScript.Validate(fixedText).Should().NotContain(d => d.Code == Code);
    }

    [Fact]
    public void Lone_carriage_return_is_reported_and_replaced()
    {
        const string text = "say en \"Hello\"\rtransfer +81336042000";

        var diagnostic = ActionScript.Validate(text, Dashboard).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("line 1 ends with a lone `\\r`; use `\\n`");
        diagnostic.Span.Should().Be(new SourceSpan(14, 1, 1, 15));
        var fixedText = diagnostic.Fix!.ApplyTo(text);
        fixedText.Should().Be("say en \"Hello\"\ntransfer +81336042000");
        ActionScript.Validate(fixedText, Dashboard).Should().BeEmpty();
    }

    [Fact]
    public void Each_line_ending_is_reported_with_its_line_number()
    {
        const string text = "say en \"Hello\"\r\ntransfer +81336042000\r\n";

        var diagnostics = ActionScript.Validate(text, Dashboard).Where(d => d.Code == Code).ToList();

        diagnostics.Select(d => d.Message).Should().Equal("line 1 ends with `\\r\\n`; use `\\n`", "line 2 ends with `\\r\\n`; use `\\n`");
        diagnostics.Select(d => d.Span).Should().Equal(new SourceSpan(14, 2, 1, 15), new SourceSpan(37, 2, 2, 22));
        diagnostics[1].Fix!.ApplyTo(text).Should().Be("say en \"Hello\"\r\ntransfer +81336042000\n");
    }

    [Fact]
    public void Carriage_return_ending_a_blank_line_goes_with_the_blank_line_so_that_no_two_fixes_overlap()
    {
        var diagnostics = ActionScript.Validate("say en \"a\"\r\n\r\ntransfer +81336042000", Dashboard);

        diagnostics.Where(d => d.Code == Code).Select(d => d.Span).Should().Equal(new SourceSpan(10, 2, 1, 11));
        diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.BlankLine).Which.Fix!.Edit.Span.Should().Be(new SourceSpan(12, 2, 2, 1));
    }

    [Theory]
    [InlineData("say en \"Hello\"")]
    [InlineData("say en \"Hello\"\n")]
    [InlineData("say en \"Hello\"\ntransfer +81336042000\n")]
    public void Line_feed_endings_are_not_reported(string text)
    {
        ActionScript.Validate(text, Dashboard).Should().NotContain(d => d.Code == Code);
    }
}
