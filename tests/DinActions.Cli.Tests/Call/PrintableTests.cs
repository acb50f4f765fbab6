using DinActions.Cli.Call;
using FluentAssertions;

namespace DinActions.Cli.Tests.Call;

public sealed class PrintableTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("日本語 ok", "日本語 ok")]
    [InlineData("a\nb\r\tc", "a\\nb\\r\\tc")]
    [InlineData("\u001b[31mred", "\\u001B[31mred")]
    [InlineData("bell\u0007", "bell\\u0007")]
    [InlineData("c1\u009b", "c1\\u009B")]
    [InlineData("abc\u202Etxt.exe", "abc\\u202Etxt.exe")]
    [InlineData("iso\u2066late", "iso\\u2066late")]
    [InlineData("line\u2028sep", "line\\u2028sep")]
    [InlineData("emoji \ud83d\udcde", "emoji \ud83d\udcde")]
    public void Unsafe_characters_become_visible_escapes(string text, string expected)
    {
        Printable.Escape(text).Should().Be(expected);
    }

    [Fact]
    public void A_lone_surrogate_is_escaped()
    {
        // Not an InlineData: test discovery would replace a lone surrogate before the test sees it.
        Printable.Escape("lone\ud800").Should().Be("lone\\uD800");
    }

    [Fact]
    public void Clip_cuts_then_escapes()
    {
        Printable.Clip(new string('a', 10) + "\u001b", max: 5).Should().Be("aaaaa…");
        Printable.Clip("ab\u001b", max: 5).Should().Be("ab\\u001B");
    }
}
