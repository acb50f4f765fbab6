using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class TextNotQuotedRuleTests
{
    private const string Code = "DIN0030";

    [Fact]
    public void Unquoted_words_are_one_error_covering_them_all_with_a_fix_that_quotes_them()
    {
        const string text = "say en Hello, how are you?";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be("put the text in double quotes: `\"Hello, how are you?\"`");
        diagnostic.Span.Should().Be(new SourceSpan(7, 19, 1, 8));
        diagnostic.Fix!.Title.Should().Be("Quote the text");
        diagnostic.Fix.ApplyTo(text).Should().Be("say en \"Hello, how are you?\"");
        ActionScript.Validate(diagnostic.Fix.ApplyTo(text)).Should().BeEmpty();
    }

    [Fact]
    public void Single_unquoted_word_is_quoted()
    {
        const string text = "say en Hello";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(7, 5, 1, 8));
        diagnostic.Fix!.ApplyTo(text).Should().Be("say en \"Hello\"");
    }

    [Fact]
    public void Quotes_inside_unquoted_text_are_escaped_by_the_fix()
    {
        const string text = "say en He said \"hi\"";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("put the text in double quotes: `\"He said \\\"hi\\\"\"`");
        diagnostic.Span.Should().Be(new SourceSpan(7, 12, 1, 8));
        var fixedText = diagnostic.Fix!.ApplyTo(text);
        fixedText.Should().Be("say en \"He said \\\"hi\\\"\"");
        ActionScript.Parse(fixedText).Script!.Actions.Should().ContainSingle()
            .Which.Should().BeOfType<SayAction>().Which.Text.Should().Be("He said \"hi\"");
    }

    [Fact]
    public void Backslash_in_unquoted_text_is_escaped_by_the_fix()
    {
        const string text = "say en back\\slash";

        var fixedText = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject.Fix!.ApplyTo(text);

        fixedText.Should().Be("say en \"back\\\\slash\"");
        ActionScript.Validate(fixedText).Should().BeEmpty();
    }

    [Fact]
    public void Tab_between_unquoted_words_becomes_a_space_inside_the_quotes()
    {
        const string text = "say en Hello\tworld";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("put the text in double quotes: `\"Hello world\"`");
        var fixedText = diagnostic.Fix!.ApplyTo(text);
        fixedText.Should().Be("say en \"Hello world\"");
        ActionScript.Validate(fixedText).Should().BeEmpty();
    }

    [Fact]
    public void Unquoted_greeting_text_is_reported_at_its_position()
    {
        const string text = "voicemail say en Please leave a message.";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(17, 23, 1, 18));
        diagnostic.Fix!.ApplyTo(text).Should().Be("voicemail say en \"Please leave a message.\"");
    }

    [Theory]
    [InlineData("say en \"Hello\"")]
    [InlineData("say en \"Hello")]
    [InlineData("say en")]
    [InlineData("playback https://example.com/a.mp3")]
    [InlineData("transfer +81336042000")]
    public void Quoted_or_missing_text_is_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }
}
