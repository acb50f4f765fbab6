using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0033: quoted text that runs over a line break.</summary>
internal sealed class LineBreakInTextRule : Rule
{
    /// <summary>The rule's code, which <see cref="RuleContext.IsContinuation"/> looks for among the disabled rules.</summary>
    public const string Code = "DIN0033";

    public override DiagnosticDescriptor Descriptor { get; } = new(
        Code,
        "Line break inside text",
        DiagnosticSeverity.Error,
        "An action is one line. A line break inside quoted text ends the action there: the cloud reads an unterminated text, then a second line that is no action at all.",
        "say en \"Hello,\nhow are you?\"",
        "say en \"Hello, how are you?\"",
        "Join the lines with a blank; the fix does it.");

    public override void CheckLine(LineSyntax line, ref RuleContext context)
    {
        if (!ContinuesOnNextLine(line, context.Tree))
        {
            return;
        }

        var text = line.Tokens[^1];
        var breakSpan = new SourceSpan(line.Span.End, line.LineBreak.Length(), line.Number, line.Span.EndColumn);
        context.Report(text.Span, $"the text {Quote.Clip(context.TextOf(text.Span))} continues on line {line.Number + 1}; an action is one line, so join them", RuleContext.Replace("Join the lines", breakSpan, " "));
    }

    /// <summary>Whether the line ends inside quoted text that the next line closes.</summary>
    internal static bool ContinuesOnNextLine(LineSyntax line, SyntaxTree tree)
    {
        if (line.Tokens.IsEmpty || line.Tokens[^1] is not { Kind: TokenKind.QuotedText, IsTerminated: false }
            || line.Number >= tree.Lines.Length)
        {
            return false;
        }

        var next = tree.Lines[line.Number];
        return tree.Text.AsSpan(next.Span.Offset, next.Span.Length).Contains('"');
    }
}
