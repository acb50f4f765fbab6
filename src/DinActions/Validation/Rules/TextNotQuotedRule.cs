using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0030: <c>say</c> text without double quotes.</summary>
internal sealed class TextNotQuotedRule : Rule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.TextNotQuoted,
        "Text not in double quotes",
        DiagnosticSeverity.Error,
        "The text of `say` is enclosed in double quotes, as the provider's documentation requires. Without them the cloud reads only the first word, or rejects the line.",
        "say en Hello, how are you?",
        "say en \"Hello, how are you?\"",
        "Put the text in double quotes; the fix does it and escapes any quote or backslash inside.");

    public override void CheckAction(BoundAction action, ref RuleContext context)
    {
        if (!action.Defects.Has(ValueDefect.TextNotQuoted) || action.Text is not { } text)
        {
            return;
        }

        // A tab between the words would become a tab inside the text, which DIN0034 forbids: quote it as a space.
        var quoted = SyntaxFacts.Quote(context.StringOf(text.Span).Replace('\t', ' '));
        context.Report(text.Span, $"put the text in double quotes: {Quote.Clip(quoted)}", RuleContext.Replace("Quote the text", text.Span, quoted));
    }
}
