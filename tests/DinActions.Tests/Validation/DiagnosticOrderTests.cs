using FluentAssertions;

namespace DinActions.Tests.Validation;

/// <summary>Diagnostics come ordered by position, then code, whether a script has a few or many.</summary>
public sealed class DiagnosticOrderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(40)]
    public void Diagnostics_are_ordered_by_offset_then_code(int lines)
    {
        var text = string.Join('\n', Enumerable.Repeat("tranfer 0336042000\t--caler=81", lines));

        var diagnostics = ActionScript.Validate(text);

        diagnostics.Length.Should().BeGreaterThan(lines * 3);
        diagnostics.Should().BeInAscendingOrder(d => d.Span.Offset);
        for (var index = 1; index < diagnostics.Length; index++)
        {
            if (diagnostics[index].Span.Offset == diagnostics[index - 1].Span.Offset)
            {
                string.CompareOrdinal(diagnostics[index - 1].Code, diagnostics[index].Code).Should().BeLessThanOrEqualTo(0);
            }
        }
    }
}
