using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

/// <summary>Input written the way people and other tools write it gets the fix that means what they meant.</summary>
public sealed class BadInputFixTests
{
    [Theory]
    [InlineData("say en 'Hello'", "say en \"Hello\"")]
    [InlineData("say en \u201CHello\u201D", "say en \"Hello\"")]
    [InlineData("say en \u2018Hello\u2019", "say en \"Hello\"")]
    [InlineData("say ja \uFF02こんにちは\uFF02", "say ja \"こんにちは\"")]
    [InlineData("say en 'Say \"hi\"'", "say en \"Say \\\"hi\\\"\"")]
    public void Text_in_quote_like_marks_gets_ascii_double_quotes_in_their_place(string text, string fixedText) =>
        FixOf(text, DiagnosticCodes.TextNotQuoted).Should().Be(fixedText);

    [Theory]
    [InlineData("say:営業時間外です。", "say ja \"営業時間外です。\"")]
    [InlineData("say:Hello there", "say en \"Hello there\"")]
    [InlineData("say:en \"Hello\"", "say en \"Hello\"")]
    [InlineData("say:en \"Say \"hi\"\"", "say en \"Say \\\"hi\\\"\"")]
    [InlineData("playback:https://example.com/a.mp3", "playback https://example.com/a.mp3")]
    public void An_action_written_with_a_colon_gets_the_action_language(string text, string fixedText) =>
        FixOf(text, DiagnosticCodes.UnknownAction).Should().Be(fixedText);

    [Theory]
    [InlineData("say:", "`say:` is not an action: write `say` and its arguments, separated by a blank")]
    [InlineData("say:12345", "`say:` is how the provider's help for hosted action URLs writes an action, not the action language: write `say`, a language code and the text in double quotes")]
    public void An_action_written_with_a_colon_that_cannot_be_rewritten_is_explained_without_a_fix(string text, string message)
    {
        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == DiagnosticCodes.UnknownAction).Subject;

        diagnostic.Message.Should().Be(message);
        diagnostic.Fix.Should().BeNull();
    }

    [Theory]
    [InlineData("transfer +81 (0)3-3604-2000", "transfer +81336042000")]
    [InlineData("transfer +44 (0)20 7946 0000", "transfer +442079460000")]
    public void A_trunk_prefix_in_parentheses_is_dropped(string text, string fixedText)
    {
        FixOf(text, DiagnosticCodes.NumberPunctuation).Should().Be(fixedText);
        ActionScript.Validate(text).Should().Contain(d => d.Code == DiagnosticCodes.NumberPunctuation && d.Message.Contains("trunk prefix"));
    }

    private static string FixOf(string text, string code)
    {
        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == code).Subject;
        var fixedText = diagnostic.Fix!.ApplyTo(text);
        ActionScript.Validate(fixedText).Should().NotContain(d => d.Severity == DiagnosticSeverity.Error, "the fix of `{0}` gives `{1}`", text, fixedText);
        return fixedText;
    }
}
