using DinActions.Syntax;
using FluentAssertions;

namespace DinActions.Tests.Properties;

/// <summary>Checks that every span a parse produces lies inside the text and agrees with its own line and column.</summary>
internal static class SpanChecks
{
    public static void ShouldBeInside(this SourceSpan span, string text, LineMap map, string what)
    {
        // Plain checks first: this runs for every token and diagnostic of every case, and building an
        // assertion message each time would dominate the suite's runtime.
        var inside = span.Offset >= 0 && span.Length >= 0 && span.End <= text.Length && span.Line >= 1 && span.Column >= 1;
        if (inside && map.PositionOf(span.Offset) == (span.Line, span.Column))
        {
            return;
        }

        var expected = span.Offset >= 0 && span.Offset <= text.Length ? map.PositionOf(span.Offset) : default;
        throw new Xunit.Sdk.XunitException(
            $"{what}: span {span.Offset}+{span.Length} at {span.Line}:{span.Column} (recomputed {expected.Line}:{expected.Column}) "
            + $"must lie inside the {text.Length} characters of {Generators.Show(text)}");
    }

    public static void ShouldHaveSpansInside(this SyntaxTree tree, string text, LineMap map)
    {
        tree.Text.Should().BeSameAs(text);
        tree.Lines.Should().NotBeEmpty();
        tree.Lines[^1].Span.End.Should().Be(text.Length);
        foreach (var line in tree.Lines)
        {
            line.Span.ShouldBeInside(text, map, "line");
            foreach (var token in line.Tokens)
            {
                token.Span.ShouldBeInside(text, map, "token");
            }
        }
    }

    public static void ShouldHaveDiagnosticsInside(this ParseResult result, string text, LineMap map, bool parseFixedText)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            diagnostic.Span.ShouldBeInside(text, map, diagnostic.Code);
            if (diagnostic.Fix is { } fix)
            {
                var fixedText = fix.ApplyTo(text);
                if (parseFixedText)
                {
                    _ = ActionScript.Parse(fixedText);
                }
            }
        }
    }
}
