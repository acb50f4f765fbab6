using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class UnknownEscapeRuleTests
{
    private const string Code = "DIN0032";

    [Fact]
    public void Backslash_n_is_an_unknown_escape_with_a_fix_that_escapes_the_backslash()
    {
        const string text = "say en \"Press 1\\nor 2\"";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be("unknown escape `\\n`; only `\\\"` and `\\\\` exist: write a backslash as `\\\\`");
        diagnostic.Span.Should().Be(new SourceSpan(15, 2, 1, 16));
        diagnostic.Fix!.Title.Should().Be("Escape the backslash");
        diagnostic.Fix.Edit.Span.Should().Be(new SourceSpan(15, 1, 1, 16));
        var fixedText = diagnostic.Fix.ApplyTo(text);
        fixedText.Should().Be("say en \"Press 1\\\\nor 2\"");
        ActionScript.Validate(fixedText).Should().BeEmpty();
    }

    [Fact]
    public void Each_unknown_escape_is_reported_separately()
    {
        const string text = "say en \"x\\y\\z\"";

        var diagnostics = ActionScript.Validate(text).Where(d => d.Code == Code).ToList();

        diagnostics.Should().HaveCount(2);
        diagnostics[0].Message.Should().Be("unknown escape `\\y`; only `\\\"` and `\\\\` exist: write a backslash as `\\\\`");
        diagnostics[0].Span.Should().Be(new SourceSpan(9, 2, 1, 10));
        diagnostics[1].Message.Should().Be("unknown escape `\\z`; only `\\\"` and `\\\\` exist: write a backslash as `\\\\`");
        diagnostics[1].Span.Should().Be(new SourceSpan(11, 2, 1, 12));
        diagnostics[1].Fix!.ApplyTo(text).Should().Be("say en \"x\\y\\\\z\"");
    }

    [Fact]
    public void Escaped_backslash_before_a_letter_is_not_an_unknown_escape()
    {
        ActionScript.Validate("say en \"C:\\\\new\"").Should().NotContain(d => d.Code == Code);
    }

    [Fact]
    public void Unknown_escape_in_unterminated_text_is_still_reported()
    {
        ActionScript.Validate("say en \"a\\tb").Should().ContainSingle(d => d.Code == Code)
            .Which.Span.Should().Be(new SourceSpan(9, 2, 1, 10));
    }

    [Fact]
    public void Unknown_escape_in_a_greeting_is_reported()
    {
        const string text = "voicemail say en \"Hi\\!\"";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(20, 2, 1, 21));
        diagnostic.Fix!.ApplyTo(text).Should().Be("voicemail say en \"Hi\\\\!\"");
    }

    [Theory]
    [InlineData("say en \"Say \\\"hi\\\"\"")]
    [InlineData("say en \"a \\\\ b\"")]
    [InlineData("say en \"Hello\"")]
    [InlineData("say en back\\slash")]
    [InlineData("say en \"abc\\")]
    public void Known_escapes_and_backslashes_outside_quotes_are_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }
}
