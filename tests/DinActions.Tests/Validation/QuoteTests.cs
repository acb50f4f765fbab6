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

    [Fact]
    public void A_bidi_override_in_a_language_code_cannot_reorder_the_message()
    {
        var diagnostic = ActionScript.Validate("say e\u202En \"Hello\"").Should().ContainSingle(d => d.Code == "DIN0020").Subject;

        diagnostic.Message.Should().Contain("`eU+202En`").And.NotContain("\u202E");
    }
}
