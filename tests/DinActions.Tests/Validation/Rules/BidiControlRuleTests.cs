using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class BidiControlRuleTests
{
    private const string Code = "DIN0036";

    [Fact]
    public void An_override_in_text_is_a_warning_on_the_character_with_a_fix_that_removes_it()
    {
        const string line = "say en \"Press \u202E1 then 2\"";

        var diagnostic = ActionScript.Validate(line).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().Be("the invisible bidirectional control U+202E changes how the line is displayed; remove it");
        diagnostic.Span.Should().Be(new SourceSpan(14, 1, 1, 15));
        diagnostic.Fix!.ApplyTo(line).Should().Be("say en \"Press 1 then 2\"");
    }

    [Theory]
    [InlineData("transfer +81336042000\u2066")]
    [InlineData("playback https://example.com/\u202Ba.mp3")]
    [InlineData("say en \"a\u2069\"")]
    public void Every_embedding_override_and_isolate_is_reported_wherever_it_is(string line)
    {
        ActionScript.Validate(line).Should().ContainSingle(d => d.Code == Code);
    }

    [Fact]
    public void Each_character_is_reported()
    {
        ActionScript.Validate("say en \"\u202Aa\u202C\"").Where(d => d.Code == Code).Should().HaveCount(2);
    }

    [Theory]
    [InlineData("say en \"Hello\u200E\"")]
    [InlineData("say en \"Hello\u200F\"")]
    [InlineData("say en \"Hello\"")]
    public void Marks_and_plain_text_are_not_reported(string line)
    {
        ActionScript.Validate(line).Should().NotContain(d => d.Code == Code);
    }
}
