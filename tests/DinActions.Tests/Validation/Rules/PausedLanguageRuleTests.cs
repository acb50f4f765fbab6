using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class PausedLanguageRuleTests
{
    private const string Code = "DIN0021";

    [Fact]
    public void Indonesian_is_a_warning_because_its_support_is_paused()
    {
        var diagnostic = ActionScript.Validate("say id \"Selamat datang\"").Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().Be("TTS support for `id` (Indonesian) is paused by the provider; the call may be silent");
        diagnostic.Span.Should().Be(new SourceSpan(4, 2, 1, 5));
        diagnostic.Fix.Should().BeNull();
    }

    [Fact]
    public void Paused_language_is_only_a_warning_so_the_script_still_parses()
    {
        var result = ActionScript.Parse("say id \"Selamat datang\"");

        result.HasErrors.Should().BeFalse();
        result.Script.Should().NotBeNull();
        result.Diagnostics.Should().ContainSingle(d => d.Code == Code);
    }

    [Fact]
    public void Paused_language_in_a_voicemail_greeting_is_reported_at_the_greeting()
    {
        var diagnostic = ActionScript.Validate("voicemail say id \"Selamat\"").Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(14, 2, 1, 15));
    }

    [Fact]
    public void Language_the_catalog_marks_supported_again_is_not_reported()
    {
        var options = ValidationOptions.Default with
        {
            Languages = LanguageCatalog.Default.With(new TtsLanguage("id", "Indonesian", LanguageStatus.Supported, [WritingScript.Latin], [])),
        };

        ActionScript.Validate("say id \"Selamat datang\"", options).Should().NotContain(d => d.Code == Code);
    }

    [Fact]
    public void Any_language_the_catalog_marks_paused_is_reported_with_its_name()
    {
        var options = ValidationOptions.Default with
        {
            Languages = LanguageCatalog.Default.With(new TtsLanguage("ko", "Korean", LanguageStatus.Paused, [WritingScript.Hangul], [])),
        };

        ActionScript.Validate("say ko \"안녕하세요\"", options).Should().ContainSingle(d => d.Code == Code)
            .Which.Message.Should().Be("TTS support for `ko` (Korean) is paused by the provider; the call may be silent");
    }

    [Theory]
    [InlineData("say en \"Hello\"")]
    [InlineData("say ja \"こんにちは\"")]
    [InlineData("say ind \"Selamat\"")]
    [InlineData("say ID \"Selamat\"")]
    [InlineData("playback https://example.com/id.mp3")]
    public void Supported_and_unknown_codes_are_not_reported_as_paused(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }
}
