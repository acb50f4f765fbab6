using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class ControlCharacterRuleTests
{
    private const string Code = "DIN0034";

    [Fact]
    public void Bell_character_in_text_is_an_error_at_its_position()
    {
        var diagnostic = ActionScript.Validate("say en \"Hello\u0007\"").Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be("the control character U+0007 cannot be sent in an action line; remove it");
        diagnostic.Span.Should().Be(new SourceSpan(13, 1, 1, 14));
        diagnostic.Fix.Should().BeNull();
    }

    [Fact]
    public void Several_forbidden_characters_on_a_line_are_reported_once_with_a_count()
    {
        ActionScript.Validate("say en \"Hello\u0000 \u0001\"").Should().ContainSingle(d => d.Code == Code)
            .Which.Message.Should().Be("a NUL character (U+0000) cannot be sent in an action line; remove it (and 1 more on this line)");
    }

    [Fact]
    public void A_forbidden_character_that_starts_the_line_is_the_one_reported()
    {
        var diagnostic = ActionScript.Validate("\u0001say en \"a\u0002\"").Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Span.Should().Be(new SourceSpan(0, 1, 1, 1));
        diagnostic.Message.Should().Be("the control character U+0001 cannot be sent in an action line; remove it (and 1 more on this line)");
    }

    [Theory]
    [InlineData("say en \"a\tb\"", 9, "a tab inside text (U+0009)")]
    [InlineData("say en \"Hello\u2028\"", 13, "a Unicode line separator (U+2028)")]
    [InlineData("say en \"Hello\u2029\"", 13, "a Unicode line separator (U+2029)")]
    [InlineData("say en \"Hello\u001b[31m\"", 13, "the control character U+001B")]
    public void Each_kind_of_forbidden_character_is_described(string text, int offset, string description)
    {
        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be($"{description} cannot be sent in an action line; remove it");
        diagnostic.Span.Should().Be(new SourceSpan(offset, 1, 1, offset + 1));
    }

    // Lone surrogates cannot go through attribute metadata (UTF-8), so these build their text at run time.
    [Theory]
    [InlineData(0xD800, "U+D800")]
    [InlineData(0xDC00, "U+DC00")]
    public void Unpaired_surrogate_is_described(int code, string written)
    {
        var text = "say en \"Hello" + (char)code + "\"";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Message.Should().Be($"an unpaired surrogate ({written}, not valid text) cannot be sent in an action line; remove it");
        diagnostic.Span.Should().Be(new SourceSpan(13, 1, 1, 14));
    }

    [Fact]
    public void Reversed_surrogate_pair_is_reported_at_its_first_half()
    {
        ActionScript.Validate("say en \"\ude00\ud83d\"").Should().ContainSingle(d => d.Code == Code)
            .Which.Message.Should().Be("an unpaired surrogate (U+DE00, not valid text) cannot be sent in an action line; remove it (and 1 more on this line)");
    }

    [Fact]
    public void Each_line_is_reported_on_its_own()
    {
        var options = ValidationOptions.Default with { Profile = ValidationProfile.Dashboard };

        var diagnostics = ActionScript.Validate("say en \"a\u0007\"\nsay en \"b\u0007\"", options).Where(d => d.Code == Code).ToList();

        diagnostics.Select(d => d.Span).Should().Equal(new SourceSpan(9, 1, 1, 10), new SourceSpan(21, 1, 2, 10));
    }

    [Theory]
    [InlineData("say en \"Hello\"")]
    [InlineData("say\ten \"Hello\"")]
    [InlineData("\uFEFFsay en \"Hello\"")]
    [InlineData("say en \"\ud83d\ude00\"")]
    [InlineData("say en \"Hello\"\r\n")]
    public void Tabs_between_arguments_byte_order_marks_paired_surrogates_and_line_breaks_are_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }
}
