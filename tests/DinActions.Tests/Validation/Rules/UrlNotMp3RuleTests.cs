using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class UrlNotMp3RuleTests
{
    private const string Code = "DIN0041";

    [Fact]
    public void Wav_file_is_a_warning_naming_the_path()
    {
        var diagnostic = ActionScript.Validate("playback https://example.com/welcome.wav").Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().Be("the URL path `/welcome.wav` does not end in `.mp3`; the cloud plays mp3 files only");
        diagnostic.Span.Should().Be(new SourceSpan(9, 31, 1, 10));
        diagnostic.Fix.Should().BeNull();
    }

    [Fact]
    public void Url_of_a_page_is_reported_with_its_path()
    {
        ActionScript.Validate("playback https://example.com/").Should().ContainSingle(d => d.Code == Code)
            .Which.Message.Should().Be("the URL path `/` does not end in `.mp3`; the cloud plays mp3 files only");
    }

    [Fact]
    public void Query_string_is_not_part_of_the_path()
    {
        ActionScript.Validate("playback https://example.com/play?file=a.mp3").Should().ContainSingle(d => d.Code == Code)
            .Which.Message.Should().Be("the URL path `/play` does not end in `.mp3`; the cloud plays mp3 files only");
    }

    [Fact]
    public void Not_an_mp3_is_only_a_warning_so_the_script_still_parses()
    {
        ActionScript.Parse("playback https://example.com/welcome.wav").Script.Should().NotBeNull();
    }

    [Fact]
    public void Greeting_url_is_checked_too()
    {
        ActionScript.Validate("voicemail playback https://example.com/greeting.ogg").Should().ContainSingle(d => d.Code == Code)
            .Which.Span.Should().Be(new SourceSpan(19, 32, 1, 20));
    }

    [Theory]
    [InlineData("playback https://example.com/welcome.mp3")]
    [InlineData("playback https://example.com/welcome.MP3")]
    [InlineData("playback https://example.com/a.mp3?x=1")]
    [InlineData("playback example.com/welcome.wav")]
    [InlineData("playback \"https://example.com/welcome.wav\"")]
    public void Mp3_paths_and_invalid_urls_are_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }
}
