using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0035: <c>say</c> with empty text.</summary>
internal sealed class EmptyTextRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.EmptyText,
        "Empty text",
        DiagnosticSeverity.Warning,
        "`say` with `\"\"`, or with blanks only, reads nothing: the caller hears silence and the call ends. This is usually a template whose value was empty.",
        "say en \"\"",
        "say en \"Thank you for calling.\"",
        "Give the text to read, or leave the action out.");

    public override void CheckAction(BoundAction action, ref RuleContext context)
    {
        if (action.AssumedKind != ActionKind.Say || action.Text is not { Kind: TokenKind.QuotedText, IsTerminated: true } text)
        {
            return;
        }

        var inner = context.TextOf(text.Span)[1..^1];
        if (inner.IsEmpty)
        {
            context.Report(text.Span, "the text is empty; the caller hears silence");
        }
        else if (inner.IsWhiteSpace())
        {
            context.Report(text.Span, "the text is blanks only; the caller hears silence");
        }
    }
}
