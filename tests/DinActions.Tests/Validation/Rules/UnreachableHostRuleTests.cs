using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class UnreachableHostRuleTests
{
    private const string Code = "DIN0042";

    [Fact]
    public void Localhost_is_a_warning_on_the_url()
    {
        var diagnostic = ActionScript.Validate("playback http://localhost:8080/welcome.mp3").Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().Be("the host `localhost` is this machine; the cloud cannot fetch from it");
        diagnostic.Span.Should().Be(new SourceSpan(9, 33, 1, 10));
        diagnostic.Fix.Should().BeNull();
    }

    [Theory]
    [InlineData("http://app.localhost/a.mp3", "app.localhost")]
    [InlineData("https://LOCALHOST/a.mp3", "localhost")]
    public void Names_of_this_machine_are_reported(string url, string host)
    {
        ActionScript.Validate("playback " + url).Should().ContainSingle(d => d.Code == Code)
            .Which.Message.Should().Be($"the host `{host}` is this machine; the cloud cannot fetch from it");
    }

    [Theory]
    [InlineData("http://127.0.0.1/a.mp3", "127.0.0.1")]
    [InlineData("http://10.0.0.5/a.mp3", "10.0.0.5")]
    [InlineData("http://172.16.0.1/a.mp3", "172.16.0.1")]
    [InlineData("http://192.168.1.1/a.mp3", "192.168.1.1")]
    [InlineData("http://169.254.1.1/a.mp3", "169.254.1.1")]
    [InlineData("http://100.64.0.1/a.mp3", "100.64.0.1")]
    [InlineData("http://[::1]/a.mp3", "[::1]")]
    [InlineData("http://[fe80::1]/a.mp3", "[fe80::1]")]
    public void Loopback_private_and_link_local_addresses_are_reported(string url, string host)
    {
        ActionScript.Validate("playback " + url).Should().ContainSingle(d => d.Code == Code)
            .Which.Message.Should().Be($"the host `{host}` is a loopback, private or link-local address; the cloud cannot fetch from it");
    }

    [Fact]
    public void Single_label_name_is_reported()
    {
        ActionScript.Validate("playback http://fileserver/a.mp3").Should().ContainSingle(d => d.Code == Code)
            .Which.Message.Should().Be("the host `fileserver` is a single-label name that only a local network resolves; the cloud cannot fetch from it");
    }

    [Theory]
    [InlineData("nas.local", ".local")]
    [InlineData("db.internal", ".internal")]
    [InlineData("router.lan", ".lan")]
    [InlineData("printer.home.arpa", ".home.arpa")]
    [InlineData("files.corp", ".corp")]
    public void Local_network_domains_are_named(string host, string suffix)
    {
        ActionScript.Validate($"playback http://{host}/a.mp3").Should().ContainSingle(d => d.Code == Code)
            .Which.Message.Should().Be($"the host `{host}` is in `{suffix}`, a name only a local network resolves; the cloud cannot fetch from it");
    }

    [Fact]
    public void Greeting_url_is_checked_at_its_position()
    {
        ActionScript.Validate("voicemail playback http://localhost/a.mp3").Should().ContainSingle(d => d.Code == Code)
            .Which.Span.Should().Be(new SourceSpan(19, 22, 1, 20));
    }

    [Theory]
    [InlineData("playback https://example.com/a.mp3")]
    [InlineData("playback https://8.8.8.8/a.mp3")]
    [InlineData("playback http://172.32.0.1/a.mp3")]
    [InlineData("playback http://192.169.0.1/a.mp3")]
    [InlineData("playback https://localhost.example.com/a.mp3")]
    [InlineData("playback \"http://localhost/a.mp3\"")]
    [InlineData("playback localhost/a.mp3")]
    public void Public_hosts_and_invalid_urls_are_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }
}
