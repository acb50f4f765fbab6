using DinActions.Validation;
using FluentAssertions;

namespace DinActions.Tests.Validation;

/// <summary>How messages quote what was written: cut to a readable length, and never invisible or reordered.</summary>
public sealed class QuoteTests
{
    [Theory]
    [InlineData("ab\u0007c", "`abU+0007c`")]
    [InlineData("ab\u202Ecd", "`abU+202Ecd`")]
    [InlineData("a\u200Bb", "`aU+200Bb`")]
    [InlineData("\uFEFFa", "`U+FEFFa`")]
    [InlineData("a`b", "`a'b`")]
    [InlineData("こんにちは", "`こんにちは`")]
    public void Invisible_and_reordering_characters_are_shown_as_codes(string text, string quoted)
    {
        Quote.Clip(text).Should().Be(quoted);
    }

    [Theory]
    [InlineData("ab\u202Ecd", 10, "abU+202Ecd")]
    [InlineData("a\nb", 10, "aU+000Ab")]
    [InlineData("a`b", 10, "a'b")]
    [InlineData("abcdef", 3, "abc…")]
    [InlineData("お電話ありがとう", 20, "お電話ありがとう")]
    public void Shortened_text_is_cut_and_shows_invisible_characters_as_codes(string text, int max, string shortened)
    {
        Quote.Shorten(text, max).Should().Be(shortened);
    }

    [Theory]
    [InlineData("voicemail transfe\u202Er")]
    [InlineData("playback \"https://\u202Eexample.com/a.mp3\"")]
    [InlineData("transfer 8133604\u202E2000")]
    [InlineData("transfer +81336042000 --ca\u202Ell=1 --ca\u202Ell=2")]
    public void No_message_carries_a_bidi_override_of_the_input(string line)
    {
        var diagnostics = ActionScript.Validate(line);

        diagnostics.Should().NotContain(d => d.Message.Contains('\u202E'));
        diagnostics.Should().Contain(d => d.Code != "DIN0036" && d.Message.Contains("U+202E"), "a message quotes the text around it");
    }

    [Fact]
    public void A_bidi_override_in_a_language_code_cannot_reorder_the_message()
    {
        var diagnostic = ActionScript.Validate("say e\u202En \"Hello\"").Should().ContainSingle(d => d.Code == "DIN0020").Subject;

        diagnostic.Message.Should().Contain("`eU+202En`").And.NotContain("\u202E");
    }
}
