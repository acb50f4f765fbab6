using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class TextScriptMismatchRuleTests
{
    private const string Code = "DIN0022";

    [Fact]
    public void Japanese_text_for_the_English_voice_is_a_warning_at_the_first_letter()
    {
        var diagnostic = ActionScript.Validate("say en \"こんにちは\"").Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().Be("the English voice cannot read Japanese text such as `こんにちは`; check the language code");
        diagnostic.Span.Should().Be(new SourceSpan(8, 1, 1, 9));
        diagnostic.Fix.Should().BeNull();
    }

    [Fact]
    public void Letters_at_the_end_of_the_text_are_quoted_without_the_closing_quote()
    {
        var diagnostic = ActionScript.Validate("say en \"Hello こ\"").Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("the English voice cannot read Japanese text such as `こ`; check the language code");
        diagnostic.Span.Should().Be(new SourceSpan(14, 1, 1, 15));
    }

    [Fact]
    public void Long_text_is_quoted_by_its_first_eight_characters()
    {
        ActionScript.Validate("say en \"こんにちは世界さようなら\"").Should().ContainSingle(d => d.Code == Code)
            .Which.Message.Should().Be("the English voice cannot read Japanese text such as `こんにちは世界さ`; check the language code");
    }

    [Theory]
    [InlineData("say en \"Привет\"", "Cyrillic", "Привет")]
    [InlineData("say en \"Γειά\"", "Greek", "Γειά")]
    [InlineData("say en \"مرحبا\"", "Arabic", "مرحبا")]
    [InlineData("say en \"안녕\"", "Hangul", "안녕")]
    public void Each_script_is_named_in_the_message(string text, string script, string sample)
    {
        ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code)
            .Which.Message.Should().Be($"the English voice cannot read {script} text such as `{sample}`; check the language code");
    }

    [Fact]
    public void Unterminated_text_is_quoted_to_its_end()
    {
        ActionScript.Validate("say en \"こんにちは").Should().ContainSingle(d => d.Code == Code)
            .Which.Message.Should().Be("the English voice cannot read Japanese text such as `こんにちは`; check the language code");
    }

    [Fact]
    public void Extended_language_reads_its_own_script_but_not_latin()
    {
        var options = ValidationOptions.Default with
        {
            Languages = LanguageCatalog.Default.With(new TtsLanguage("ko", "Korean", LanguageStatus.Supported, [WritingScript.Hangul], [])),
        };

        ActionScript.Validate("say ko \"안녕하세요\"", options).Should().NotContain(d => d.Code == Code);
        var diagnostic = ActionScript.Validate("say ko \"Hi 안녕\"", options).Should().ContainSingle(d => d.Code == Code).Subject;
        diagnostic.Message.Should().Be("the Korean voice cannot read Latin text such as `Hi 안녕`; check the language code");
        diagnostic.Span.Should().Be(new SourceSpan(8, 1, 1, 9));
    }

    [Fact]
    public void A_language_copied_with_other_scripts_reads_those_scripts()
    {
        var korean = new TtsLanguage("ko", "Korean", LanguageStatus.Supported, [WritingScript.Hangul], []);
        var withLatin = korean with { Scripts = [WritingScript.Hangul, WritingScript.Latin] };

        korean.Reads(WritingScript.Latin).Should().BeFalse();
        withLatin.Reads(WritingScript.Latin).Should().BeTrue();
        withLatin.Reads(WritingScript.Hangul).Should().BeTrue();
        (withLatin with { Scripts = [] }).Reads(WritingScript.Hangul).Should().BeFalse();
        korean.Reads((WritingScript)40).Should().BeFalse();
        (korean with { Scripts = [(WritingScript)40] }).Reads((WritingScript)40).Should().BeTrue("a script past the known ones is still looked up");
    }

    [Theory]
    [InlineData("say en \"Hello, how are you?\"")]
    [InlineData("say en \"Café naïve 123 !?\"")]
    [InlineData("say ja \"Hello こんにちは\"")]
    [InlineData("say en \"\"")]
    [InlineData("say xx \"こんにちは\"")]
    [InlineData("say en \"\ud83d\ude00 123\"")]
    public void Text_the_voice_reads_or_with_an_unknown_language_is_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }
}
