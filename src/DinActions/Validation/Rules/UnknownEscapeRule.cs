using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0032: a backslash escape other than <c>\"</c> and <c>\\</c> in quoted text.</summary>
internal sealed class UnknownEscapeRule : LineRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.UnknownEscape,
        "Unknown escape in text",
        DiagnosticSeverity.Error,
        "Inside quoted text, `\\\"` is a quote and `\\\\` a backslash; no other escape exists. `\\n` is not a line break: it is a mistake the cloud may read aloud or reject.",
        "say en \"Press 1\\nor 2\"",
        "say en \"Press 1 or 2\"",
        "Write a literal backslash as `\\\\`; the fix does it. Write a pause with punctuation, not `\\n`.");

    public override void CheckLine(LineSyntax line, ref RuleContext context)
    {
        foreach (var token in line.Tokens)
        {
            if (token.Kind != TokenKind.QuotedText)
            {
                continue;
            }

            var text = context.TextOf(token.Span);
            for (var index = 1; index < text.Length - 1; index++)
            {
                // From one backslash to the next at vector speed: most texts have none.
                var next = text[index..^1].IndexOf('\\');
                if (next < 0)
                {
                    break;
                }

                index += next;
                var escaped = text[index + 1];
                if (escaped is not ('"' or '\\'))
                {
                    var span = token.Span with { Offset = token.Span.Offset + index, Column = token.Span.Column + index, Length = 2 };
                    context.Report(span, $"unknown escape {Quote.Clip(text.Slice(index, 2))}; only `\\\"` and `\\\\` exist: write a backslash as `\\\\`", RuleContext.Replace("Escape the backslash", span with { Length = 1 }, "\\\\"));
                }

                index++;
            }
        }
    }
}
