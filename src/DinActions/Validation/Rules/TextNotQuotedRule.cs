using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0030: <c>say</c> text without double quotes.</summary>
internal sealed class TextNotQuotedRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.TextNotQuoted,
        "Text not in double quotes",
        DiagnosticSeverity.Error,
        "The text of `say` is enclosed in double quotes, as the provider's documentation requires. Without them the cloud reads only the first word, or rejects the line.",
        "say en Hello, how are you?",
        "say en \"Hello, how are you?\"",
        "Put the text in double quotes; the fix does it and escapes any quote or backslash inside. Text in other quotation marks (`'Hello'`, `“Hello”`, full-width `＂こんにちは＂`) gets ASCII double quotes in their place.");

    public override void CheckAction(BoundAction action, ref RuleContext context)
    {
        if (!action.Defects.Has(ValueDefect.TextNotQuoted) || action.Text is not { } text)
        {
            return;
        }

        // A tab between the words would become a tab inside the text, which DIN0034 forbids: quote it as a space.
        var written = context.StringOf(text.Span).Replace('\t', ' ');
        if (QuoteLikePair(written) is { } pair)
        {
            // `'Hello'`, `“Hello”`, `＂こんにちは＂`: the marks were meant as the quotes, so they are replaced, not kept inside new ones.
            var requoted = SyntaxFacts.Quote(written.AsSpan(1, written.Length - 2));
            context.Report(
                text.Span,
                $"the text is in {pair} marks; the action language quotes text with ASCII double quotes: {Quote.Clip(requoted)}",
                RuleContext.Replace("Use ASCII double quotes", text.Span, requoted));
            return;
        }

        var quoted = SyntaxFacts.Quote(written);
        context.Report(text.Span, $"put the text in double quotes: {Quote.Clip(quoted)}", RuleContext.Replace("Quote the text", text.Span, quoted));
    }

    /// <summary>
    /// The name of the quotation marks that open and close <paramref name="written"/>, if a pair does: marks
    /// that keyboards, word processors and Japanese input methods type where the language wants <c>"</c>.
    /// Corner brackets (<c>「」</c>) are left out: in Japanese they are part of the sentence, not around it.
    /// </summary>
    private static string? QuoteLikePair(string written)
    {
        if (written.Length < 2)
        {
            return null;
        }

        return (written[0], written[^1]) switch
        {
            ('\'', '\'') => "single quotation (`'`)",
            ('\u2018', '\u2019') or ('\u2019', '\u2019') => "typographic single quotation (`‘’`)",
            ('\u201C', '\u201D') or ('\u201D', '\u201D') or ('\u201E', '\u201C') => "typographic double quotation (`“”`)",
            ('\uFF02', '\uFF02') => "full-width quotation (`＂`)",
            ('\uFF07', '\uFF07') => "full-width single quotation (`＇`)",
            ('\u00AB', '\u00BB') => "guillemet (`«»`)",
            _ => null,
        };
    }
}
