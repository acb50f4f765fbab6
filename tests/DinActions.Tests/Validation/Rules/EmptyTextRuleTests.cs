using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class EmptyTextRuleTests
{
    private const string Code = "DIN0035";

    [Fact]
    public void Empty_quotes_are_a_warning_on_the_quotes()
    {
        var diagnostic = ActionScript.Validate("say en \"\"").Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().Be("the text is empty; the caller hears silence");
        diagnostic.Span.Should().Be(new SourceSpan(7, 2, 1, 8));
        diagnostic.Fix.Should().BeNull();
    }

    [Fact]
    public void Empty_text_is_only_a_warning_so_the_script_still_parses()
    {
        var result = ActionScript.Parse("say en \"\"");

        result.HasErrors.Should().BeFalse();
        result.Script.Should().NotBeNull();
    }

    [Theory]
    [InlineData("say en \" \"")]
    [InlineData("say en \"   \"")]
    [InlineData("say ja \"\u3000\"")]
    public void Text_of_blanks_only_is_a_warning_on_the_quotes(string line)
    {
        var diagnostic = ActionScript.Validate(line).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("the text is blanks only; the caller hears silence");
        diagnostic.Span.Offset.Should().Be(7);
        diagnostic.Span.Length.Should().Be(line.Length - 7);
    }

    [Fact]
    public void Empty_greeting_text_is_reported_at_the_greeting()
    {
        ActionScript.Validate("voicemail say en \"\"").Should().ContainSingle(d => d.Code == Code)
            .Which.Span.Should().Be(new SourceSpan(17, 2, 1, 18));
    }

    [Theory]
    [InlineData("say en \"Hello\"")]
    [InlineData("say en \"")]
    [InlineData("say en")]
    [InlineData("playback \"\"")]
    public void Non_empty_unterminated_or_missing_text_is_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }
}
