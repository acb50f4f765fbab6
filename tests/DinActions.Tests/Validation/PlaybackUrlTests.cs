using System.Net;
using DinActions.Validation;
using FluentAssertions;

namespace DinActions.Tests.Validation;

/// <summary>
/// The URL rules decide the usual URL from its text alone (<see cref="PlaybackUrl.TryReadPlain"/>) and
/// leave the rest to <see cref="Uri"/>. These tests hold the shortcut to what <see cref="Uri"/> says, so
/// the rules report the same with it as without it.
/// </summary>
public sealed class PlaybackUrlTests
{
    [Theory]
    [InlineData("https://media.example.com/audio/welcome.mp3", "media.example.com", "/audio/welcome.mp3")]
    [InlineData("http://Example.COM:8080/a.mp3?x=1#t", "Example.COM", "/a.mp3")]
    [InlineData("https://example.com", "example.com", "")]
    [InlineData("https://example.com?q=a/b.mp3", "example.com", "")]
    [InlineData("http://localhost/a.mp3", "localhost", "/a.mp3")]
    public void A_plain_url_is_read_from_its_text(string url, string host, string path)
    {
        PlaybackUrl.TryReadPlain(url, out var readHost, out var readPath).Should().BeTrue();

        readHost.ToString().Should().Be(host);
        readPath.ToString().Should().Be(path);
    }

    [Theory]
    [InlineData("HTTPS://example.com/a.mp3")]
    [InlineData("ftp://example.com/a.mp3")]
    [InlineData("example.com/a.mp3")]
    [InlineData("https://10.0.0.1/a.mp3")]
    [InlineData("https://0x7f.1/a.mp3")]
    [InlineData("https://[::1]/a.mp3")]
    [InlineData("https://user@example.com/a.mp3")]
    [InlineData("https://example.com./a.mp3")]
    [InlineData("https://ex_ample.com/a.mp3")]
    [InlineData("https://xn--fiq228c.com/a.mp3")]
    [InlineData("https://例え.jp/a.mp3")]
    [InlineData("https://example.com:70000/a.mp3")]
    [InlineData("https://example.com:/a.mp3")]
    [InlineData("https://example.com/a%20b.mp3")]
    [InlineData("https://example.com/a b.mp3")]
    [InlineData("https://example.com/a\\b.mp3")]
    [InlineData("https://example.com/ä.mp3")]
    [InlineData("https:///a.mp3")]
    [InlineData("https://-example.com/a.mp3")]
    public void Anything_else_is_left_to_the_uri_parser(string url)
    {
        PlaybackUrl.TryReadPlain(url, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void What_the_shortcut_reads_is_what_the_uri_parser_reads()
    {
        string[] schemes = ["http://", "https://", "HTTP://", "https:/", "ftp://", ""];
        string[] hosts = ["example.com", "media.Example.co.jp", "a-b.example", "localhost", "nas.local", "10.0.0.1", "1.2.3.example",
            "a..b.com", "a.b-.com", "-a.com", "x.123", "0x7f.1", "xn--abc.com", "a--b.com", "ab_c.com", "[::1]", "", ".com", "com.",
            new string('a', 63) + ".com", new string('a', 64) + ".com", string.Join('.', Enumerable.Repeat(new string('b', 60), 5)) + ".com"];
        string[] ports = ["", ":80", ":0", ":65535", ":65536", ":099999", ":", ":8a"];
        string[] paths = ["", "/", "/a.mp3", "/A.MP3", "/dir/../a.mp3", "/a.mp3/..", "/a.mp3/.", "/./a.mp3", "/a%2Emp3", "/a;b=c/d.mp3",
            "/a'b(c)!.mp3", "/~user/a.mp3", "/a.mp3?x=1", "?x=/a.mp3", "#frag.mp3", "/a.mp3#", "/a b.mp3", "/a\"b.mp3", "/a{b}.mp3",
            "/a|b.mp3", "/ü.mp3", "/a.mp3?q=%41", "//a.mp3", "/a:b@c.mp3", "x.mp3"];
        var random = new Random(20_261_124);
        var checkedPlain = 0;
        for (var attempt = 0; attempt < 60_000; attempt++)
        {
            var url = Pick(schemes) + Pick(hosts) + Pick(ports) + Pick(paths) + (random.Next(4) == 0 ? Pick(paths) : string.Empty);
            if (!PlaybackUrl.TryReadPlain(url, out var host, out var path))
            {
                continue;
            }

            checkedPlain++;
            PlaybackUrl.TryParse(url, out var parsed).Should().BeTrue(url);
            parsed!.IdnHost.Should().Be(host.ToString().ToLowerInvariant(), url);
            IPAddress.TryParse(host, out _).Should().BeFalse(url);
            var endsInMp3 = path.EndsWith(".mp3", StringComparison.OrdinalIgnoreCase);
            parsed.AbsolutePath.EndsWith(".mp3", StringComparison.OrdinalIgnoreCase).Should().Be(endsInMp3, url);
            if (endsInMp3)
            {
                parsed.AbsolutePath.Should().EndWith(path[path.LastIndexOf('/')..].ToString(), url);
            }
        }

        checkedPlain.Should().BeGreaterThan(1_500, "the generated URLs should exercise the shortcut");

        string Pick(string[] choices) => choices[random.Next(choices.Length)];
    }
}
