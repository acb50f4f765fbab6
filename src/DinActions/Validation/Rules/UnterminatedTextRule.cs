using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0031: quoted text without its closing quote on the same line.</summary>
internal sealed class UnterminatedTextRule : LineRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.UnterminatedText,
        "Text without closing quote",
        DiagnosticSeverity.Error,
        "Quoted text ends with a double quote on the same line. A quote inside the text is written `\\\"`; an unescaped one ends the text early, and a missing one leaves it open.",
        "say en \"Hello, how are you?",
        "say en \"Hello, how are you?\"",
        "Add the closing quote; escape quotes inside the text as `\\\"`.");

    public override void CheckLine(LineSyntax line, ref RuleContext context)
    {
        foreach (var token in line.Tokens)
        {
            if (token.Kind != TokenKind.QuotedText || token.IsTerminated || context.Script.ContinuesOnNextLine(line))
            {
                continue;
            }

            var end = token.Span with { Offset = token.Span.End, Column = token.Span.EndColumn, Length = 0 };
            var written = context.TextOf(token.Span);
            if (EndsWithLoneBackslash(written))
            {
                // `"abc\`: a quote added after the backslash would be escaped by it; keep the backslash as `\\`.
                context.Report(token.Span, $"the text {Quote.Clip(written)} has no closing quote and ends with a lone `\\`; add `\\\"` at the end", RuleContext.Replace("Add the closing quote", end, "\\\""));
            }
            else
            {
                context.Report(token.Span, $"the text {Quote.Clip(written)} has no closing quote; add `\"` at the end", RuleContext.Replace("Add the closing quote", end, "\""));
            }
        }
    }

    /// <summary>Whether the text (opening quote included) ends with a backslash that escapes nothing.</summary>
    private static bool EndsWithLoneBackslash(ReadOnlySpan<char> written)
    {
        for (var index = 1; index < written.Length; index++)
        {
            if (written[index] == '\\')
            {
                if (index == written.Length - 1)
                {
                    return true;
                }

                index++;
            }
        }

        return false;
    }
}
