using FluentAssertions;

namespace DinActions.Tests.Validation.Rules;

public class ByteOrderMarkRuleTests
{
    private const string Code = "DIN0056";

    [Fact]
    public void Byte_order_mark_is_a_warning_with_a_fix_that_removes_it()
    {
        const string text = "\uFEFFsay en \"Hello\"";

        var diagnostic = ActionScript.Validate(text).Should().ContainSingle(d => d.Code == Code).Subject;

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().Be("the script starts with a byte order mark (U+FEFF); save it as UTF-8 without BOM");
        diagnostic.Span.Should().Be(new SourceSpan(0, 1, 1, 1));
        diagnostic.Fix!.Title.Should().Be("Remove the byte order mark");
        var fixedText = diagnostic.Fix.ApplyTo(text);
        fixedText.Should().Be("say en \"Hello\"");
        ActionScript.Validate(fixedText).Should().BeEmpty();
    }

    [Fact]
    public void Byte_order_mark_does_not_shift_the_positions_of_the_action()
    {
        var result = ActionScript.Parse("\uFEFFsay jp \"Hello\"");

        result.Diagnostics.Should().ContainSingle(d => d.Code == "DIN0020").Which.Span.Should().Be(new SourceSpan(5, 2, 1, 6));
        result.Diagnostics.Should().ContainSingle(d => d.Code == Code);
    }

    [Fact]
    public void Byte_order_mark_alone_is_reported_with_the_empty_script()
    {
        const string text = "\uFEFF";

        var diagnostics = ActionScript.Validate(text);

        diagnostics.Should().ContainSingle(d => d.Code == Code).Which.Fix!.ApplyTo(text).Should().BeEmpty();
        diagnostics.Should().Contain(d => d.Code == "DIN0050");
    }

    [Theory]
    [InlineData("say en \"Hello\"")]
    [InlineData("say en \"Hello\uFEFF\"")]
    [InlineData("")]
    public void Text_without_a_leading_byte_order_mark_is_not_reported(string text)
    {
        ActionScript.Validate(text).Should().NotContain(d => d.Code == Code);
    }
}
