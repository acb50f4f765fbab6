using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class LineBreakInTextRuleTests
{
    private const string Code = "DIN0033";

    [Fact]
    public void Text_that_continues_on_the_next_line_is_an_error_with_a_fix_that_joins_the_lines()
    {
        const string text = "say en \"Hello,\nhow are you?\"";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be("the text `\"Hello,` continues on line 2; an action is one line, so join them");
        diagnostic.Span.Should().Be(new SourceSpan(7, 7, 1, 8));
        diagnostic.Fix!.Title.Should().Be("Join the lines");
        diagnostic.Fix.Edit.Span.Should().Be(new SourceSpan(14, 1, 1, 15));
        var fixedText = diagnostic.Fix.ApplyTo(text);
        fixedText.Should().Be("say en \"Hello, how are you?\"");
        ActionScript.Validate(fixedText).Should().BeEmpty();
    }

    [Fact]
    public void Windows_line_break_inside_text_is_replaced_whole()
    {
        const string text = "say en \"Hello,\r\nhow are you?\"";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Fix!.Edit.Span.Should().Be(new SourceSpan(14, 2, 1, 15));
        var fixedText = diagnostic.Fix.ApplyTo(text);
        fixedText.Should().Be("say en \"Hello, how are you?\"");
        ActionScript.Validate(fixedText).Should().BeEmpty();
    }

    [Fact]
    public void Line_break_in_text_on_a_later_line_names_the_following_line()
    {
        const string text = "say en \"Welcome.\"\nsay en \"Press 1\nor 2\"";
        var options = ValidationOptions.Default with { Profile = ValidationProfile.Dashboard };

        var diagnostic = ActionScript.Validate(text, options).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("the text `\"Press 1` continues on line 3; an action is one line, so join them");
        diagnostic.Span.Should().Be(new SourceSpan(25, 8, 2, 8));
        diagnostic.Fix!.ApplyTo(text).Should().Be("say en \"Welcome.\"\nsay en \"Press 1 or 2\"");
    }

    [Fact]
    public void Unterminated_text_whose_next_line_has_no_quote_is_not_a_line_break_in_text()
    {
        var options = ValidationOptions.Default with { Profile = ValidationProfile.Dashboard };

        ActionScript.Validate("say en \"Hello\ntransfer +81336042000", options).Should().NotContain(d => d.Code == Code);
    }

    [Theory]
    [InlineData("say en \"Hello\"")]
    [InlineData("say en \"Hello")]
    [InlineData("say en \"Hello\"\n")]
    [InlineData("say en \"Hello\"\n\"")]
    public void Text_closed_on_its_own_line_or_at_the_end_of_the_script_is_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }

    [Fact]
    public void The_rest_of_the_text_on_the_next_line_is_not_reported_as_an_action_of_its_own()
    {
        var diagnostics = ActionScript.Validate("say en \"Hello,\nhow are you?\"");

        diagnostics.Should().ContainSingle().Which.Code.Should().Be(Code);
    }

    [Fact]
    public void With_DIN0033_turned_off_the_next_line_is_still_the_rest_of_the_text_and_no_script_is_built()
    {
        // Whether a line continues a cut text is the binder's fact, not a setting: turning the rule off hides
        // its diagnostic, and the rest of the text is still not read as an action of its own.
        var options = ValidationOptions.Default with { DisabledRules = [Code] };

        var result = ActionScript.Parse("say en \"Hello,\nhow are you?\"", options);

        result.Diagnostics.Should().BeEmpty();
        result.Script.Should().BeNull();
    }
}
