using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class IdeographicSpaceRuleTests
{
    private const string Code = "DIN0059";

    [Fact]
    public void An_ideographic_space_after_the_action_name_is_an_error_with_a_fix()
    {
        const string line = "transfer\u3000+81336042000";

        var diagnostic = ActionScript.Validate(line).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Be("an ideographic space (U+3000) is not a blank in an action line; use an ASCII space");
        diagnostic.Span.Should().Be(new SourceSpan(8, 1, 1, 9));
        diagnostic.Fix!.Edit.Should().Be(new TextEdit(new SourceSpan(8, 1, 1, 9), " "));
    }

    [Fact]
    public void The_fix_gives_a_valid_line()
    {
        const string line = "say\u3000ja\u3000\"こんにちは\"";

        var diagnostics = ActionScript.Validate(line).Where(d => d.Code == Code).ToList();
        diagnostics.Should().HaveCount(2);

        var fixedLine = line;
        foreach (var diagnostic in diagnostics.OrderByDescending(d => d.Span.Offset))
        {
            var edit = diagnostic.Fix!.Edit;
            fixedLine = string.Concat(fixedLine.AsSpan(0, edit.Span.Offset), edit.NewText, fixedLine.AsSpan(edit.Span.End));
        }

        fixedLine.Should().Be("say ja \"こんにちは\"");
        ActionScript.Validate(fixedLine).Should().BeEmpty();
    }

    [Fact]
    public void Inside_quoted_text_it_is_part_of_what_is_read()
    {
        ActionScript.Validate("say ja \"こんにちは\u3000さようなら\"").Should().NotContain(d => d.Code == Code);
    }

    [Fact]
    public void A_number_with_an_ideographic_space_in_it_is_reported_at_the_space()
    {
        ActionScript.Validate("transfer +8133\u30006042000").Should().ContainSingle(d => d.Code == Code)
            .Which.Span.Column.Should().Be(15);
    }
}
