using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class UnterminatedTextRuleTests
{
    private const string Code = "DIN0031";

    [Fact]
    public void Missing_closing_quote_is_an_error_with_a_fix_that_adds_it()
    {
        const string text = "say en \"Hello, how are you?";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be("the text `\"Hello, how are you?` has no closing quote; add `\"` at the end");
        diagnostic.Span.Should().Be(new SourceSpan(7, 20, 1, 8));
        diagnostic.Fix!.Title.Should().Be("Add the closing quote");
        diagnostic.Fix.Edit.Span.Should().Be(new SourceSpan(27, 0, 1, 28));
        diagnostic.Fix.ApplyTo(text).Should().Be("say en \"Hello, how are you?\"");
        ActionScript.Validate(diagnostic.Fix.ApplyTo(text)).Should().BeEmpty();
    }

    [Fact]
    public void Lone_opening_quote_is_reported_and_closed()
    {
        const string text = "say en \"";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("the text `\"` has no closing quote; add `\"` at the end");
        diagnostic.Span.Should().Be(new SourceSpan(7, 1, 1, 8));
        diagnostic.Fix!.ApplyTo(text).Should().Be("say en \"\"");
    }

    [Fact]
    public void Escaped_quote_does_not_close_the_text()
    {
        const string text = "say en \"Hello \\\"world";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(7, 14, 1, 8));
        diagnostic.Fix!.ApplyTo(text).Should().Be("say en \"Hello \\\"world\"");
        ActionScript.Validate(diagnostic.Fix.ApplyTo(text)).Should().BeEmpty();
    }

    [Fact]
    public void Text_ending_with_a_lone_backslash_is_closed_by_escaping_the_backslash()
    {
        const string text = "say en \"abc\\";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("the text `\"abc\\` has no closing quote and ends with a lone `\\`; add `\\\"` at the end");
        diagnostic.Span.Should().Be(new SourceSpan(7, 5, 1, 8));
        var fixedText = diagnostic.Fix!.ApplyTo(text);
        fixedText.Should().Be("say en \"abc\\\\\"");
        ActionScript.Validate(fixedText).Should().BeEmpty();
    }

    [Fact]
    public void Text_ending_with_an_escaped_backslash_only_needs_the_quote()
    {
        const string text = "say en \"abc\\\\";

        var fixedText = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject.Fix!.ApplyTo(text);

        fixedText.Should().Be("say en \"abc\\\\\"");
        ActionScript.Validate(fixedText).Should().BeEmpty();
    }

    [Fact]
    public void Unterminated_text_followed_by_a_line_without_quote_is_reported_on_its_own_line()
    {
        const string text = "say en \"Hello\ntransfer +81336042000";
        var options = ValidationOptions.Default with { Profile = ValidationProfile.Dashboard };

        var diagnostics = ActionScript.Validate(text, options);

        diagnostics.Should().ContainSingle(d => d.Code == Code).Which.Span.Should().Be(new SourceSpan(7, 6, 1, 8));
        diagnostics.Should().NotContain(d => d.Code == "DIN0033");
    }

    [Fact]
    public void Text_that_the_next_line_closes_is_left_to_the_line_break_rule()
    {
        var diagnostics = ActionScript.Validate("say en \"Hello,\nhow are you?\"");

        diagnostics.Should().NotContain(d => d.Code == Code);
        diagnostics.Should().Contain(d => d.Code == "DIN0033");
    }

    [Theory]
    [InlineData("say en \"Hello\"")]
    [InlineData("say en \"\"")]
    [InlineData("say en \"Say \\\"hi\\\"\"")]
    [InlineData("voicemail say en \"Please leave a message.\"")]
    public void Terminated_text_is_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }
}
