using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class UnknownLanguageRuleTests
{
    private const string Code = "DIN0020";

    [Theory]
    [InlineData("say jp \"こんにちは\"", "jp", "ja", "say ja \"こんにちは\"")]
    [InlineData("say eng \"Hello\"", "eng", "en", "say en \"Hello\"")]
    [InlineData("say en-US \"Hello\"", "en-US", "en", "say en \"Hello\"")]
    [InlineData("say EN \"Hello\"", "EN", "en", "say en \"Hello\"")]
    [InlineData("say ind \"Selamat\"", "ind", "id", "say id \"Selamat\"")]
    public void Common_mistake_is_an_error_with_a_suggestion_and_a_fix(string text, string written, string suggestion, string fixedText)
    {
        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be($"unknown TTS language `{written}`; did you mean `{suggestion}`?");
        diagnostic.Span.Should().Be(new SourceSpan(4, written.Length, 1, 5));
        diagnostic.Fix.Should().NotBeNull();
        diagnostic.Fix!.Title.Should().Be($"Replace with `{suggestion}`");
        diagnostic.Fix.ApplyTo(text).Should().Be(fixedText);
        ActionScript.Validate(fixedText).Should().NotContain(d => d.Code == Code);
    }

    [Fact]
    public void Unknown_language_jp_suggests_ja_with_fix()
    {
        const string text = "say jp \"こんにちは\"";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("unknown TTS language `jp`; did you mean `ja`?");
        diagnostic.Fix!.ApplyTo(text).Should().Be("say ja \"こんにちは\"");
        ActionScript.Parse(diagnostic.Fix.ApplyTo(text)).Script.Should().NotBeNull();
    }

    [Fact]
    public void Code_with_no_close_match_lists_the_known_codes_without_a_fix()
    {
        var diagnostic = ActionScript.Validate("say xx \"Hello\"").Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be("unknown TTS language `xx`; expected one of `ja`, `en`, `id`");
        diagnostic.Span.Should().Be(new SourceSpan(4, 2, 1, 5));
        diagnostic.Fix.Should().BeNull();
    }

    [Fact]
    public void Extended_catalog_accepts_its_new_code_and_lists_it_for_unknown_ones()
    {
        var options = ValidationOptions.Default with
        {
            Languages = LanguageCatalog.Default.With(new TtsLanguage("ko", "Korean", LanguageStatus.Supported, [WritingScript.Hangul], [])),
        };

        ActionScript.Validate("say ko \"안녕하세요\"", options).Should().NotContain(d => d.Code == Code);
        ActionScript.Validate("say xx \"Hello\"", options).Should().ContainSingle(d => d.Code == Code)
            .Which.Message.Should().Be("unknown TTS language `xx`; expected one of `ja`, `en`, `id`, `ko`");
    }

    [Fact]
    public void Code_outside_the_default_catalog_is_unknown()
    {
        ActionScript.Validate("say ko \"안녕하세요\"").Should().ContainSingle(d => d.Code == Code)
            .Which.Message.Should().Be("unknown TTS language `ko`; expected one of `ja`, `en`, `id`");
    }

    [Fact]
    public void Language_of_a_voicemail_greeting_is_checked_at_its_own_position()
    {
        const string text = "voicemail say jp \"Hi\"";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(14, 2, 1, 15));
        diagnostic.Fix!.ApplyTo(text).Should().Be("voicemail say ja \"Hi\"");
    }

    [Theory]
    [InlineData("say ja \"こんにちは\"")]
    [InlineData("say en \"Hello\"")]
    [InlineData("say id \"Selamat datang\"")]
    [InlineData("voicemail say en \"Please leave a message.\"")]
    [InlineData("playback https://example.com/jp.mp3")]
    [InlineData("transfer +81336042000")]
    public void Known_codes_and_other_actions_are_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }

    [Fact]
    public void A_quoted_language_code_is_reported_with_a_fix_that_unquotes_it()
    {
        const string text = "say \"en\" \"Hello\"";

        var diagnostics = ActionScript.Validate(text);

        var diagnostic = diagnostics.Should().ContainSingle().Which;
        diagnostic.Code.Should().Be("DIN0020");
        diagnostic.Message.Should().Be("the language code is not quoted: write `en`");
        diagnostic.Span.Should().Be(new SourceSpan(4, 4, 1, 5));
        diagnostic.Fix!.ApplyTo(text).Should().Be("say en \"Hello\"");
    }
}
