using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class InvalidUrlRuleTests
{
    private const string Code = "DIN0040";

    [Fact]
    public void Url_without_scheme_is_an_error_with_a_fix_that_adds_https()
    {
        const string text = "playback example.com/welcome.mp3";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be("the URL `example.com/welcome.mp3` is not absolute; write `https://example.com/welcome.mp3`");
        diagnostic.Span.Should().Be(new SourceSpan(9, 23, 1, 10));
        diagnostic.Fix!.Title.Should().Be("Add `https://`");
        diagnostic.Fix.Edit.Span.Should().Be(new SourceSpan(9, 0, 1, 10));
        var fixedText = diagnostic.Fix.ApplyTo(text);
        fixedText.Should().Be("playback https://example.com/welcome.mp3");
        ActionScript.Validate(fixedText).Should().BeEmpty();
    }

    [Fact]
    public void Quoted_url_is_an_error_with_a_fix_that_removes_the_quotes()
    {
        const string text = "playback \"https://example.com/a.mp3\"";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("write the URL without quotes: `https://example.com/a.mp3`");
        diagnostic.Span.Should().Be(new SourceSpan(9, 27, 1, 10));
        diagnostic.Fix!.Title.Should().Be("Remove the quotes");
        var fixedText = diagnostic.Fix.ApplyTo(text);
        fixedText.Should().Be("playback https://example.com/a.mp3");
        ActionScript.Validate(fixedText).Should().BeEmpty();
    }

    [Fact]
    public void Quoted_text_that_is_no_url_has_no_fix()
    {
        var diagnostic = ActionScript.Validate("playback \"not a url\"").Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be("write the URL without quotes: `not a url`");
        diagnostic.Fix.Should().BeNull();
    }

    [Theory]
    [InlineData("playback ftp://example.com/a.mp3", "ftp://example.com/a.mp3", "ftp")]
    [InlineData("playback file:///tmp/a.mp3", "file:///tmp/a.mp3", "file")]
    [InlineData("playback mailto:x@y.com", "mailto:x@y.com", "mailto")]
    public void Other_scheme_is_named_in_the_message(string text, string url, string scheme)
    {
        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be($"the URL `{url}` uses `{scheme}:`; the cloud fetches `http` and `https` URLs only");
        diagnostic.Span.Should().Be(new SourceSpan(9, url.Length, 1, 10));
        diagnostic.Fix.Should().BeNull();
    }

    [Theory]
    [InlineData("playback http://", "http://")]
    [InlineData("playback /tmp/a.mp3", "/tmp/a.mp3")]
    [InlineData("playback welcome", "welcome")]
    [InlineData("playback http://example.com/a\u0001.mp3", "http://example.com/aU+0001.mp3")]
    [InlineData("playback https://xn--\u3000/a.mp3", "https://xn--\u3000/a.mp3")]
    public void Anything_else_is_not_a_valid_url(string text, string url)
    {
        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be($"`{url}` is not a valid absolute http or https URL");
        diagnostic.Fix.Should().BeNull();
    }

    [Fact]
    public void Url_of_a_voicemail_greeting_is_checked_at_its_position()
    {
        const string text = "voicemail playback example.com/a.mp3";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(19, 17, 1, 20));
        diagnostic.Fix!.ApplyTo(text).Should().Be("voicemail playback https://example.com/a.mp3");
    }

    [Theory]
    [InlineData("playback https://example.com/a.mp3")]
    [InlineData("playback http://example.com/media.mp3")]
    [InlineData("playback https://example.com/a.mp3?x=1")]
    [InlineData("playback https://example.com/welcome.wav")]
    [InlineData("playback")]
    [InlineData("say en \"example.com/a.mp3\"")]
    public void Absolute_http_urls_and_other_actions_are_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }
}
