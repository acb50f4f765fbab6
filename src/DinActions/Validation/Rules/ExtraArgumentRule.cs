using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0003: an action has more arguments than its signature takes.</summary>
internal sealed class ExtraArgumentRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.ExtraArgument,
        "Extra argument",
        DiagnosticSeverity.Error,
        "Each action takes a fixed number of arguments: `playback` one URL, `transfer` one number (and `--caller=`), `say` a language and one quoted text. Anything more is usually a blank inside a value or text outside the quotes, and the cloud rejects the line.",
        "transfer +81336042000 +8190123456789",
        "transfer +81336042000 --caller=+8190123456789",
        "Remove the extra words, put text inside the quotes, encode blanks in URLs as `%20`, and write a caller ID as `--caller=NUMBER`.");

    public override void CheckAction(BoundAction action, ref RuleContext context)
    {
        if (!action.Defects.Has(ValueDefect.ExtraArgument) || action.AssumedKind is not { } kind)
        {
            return;
        }

        var extra = action.Extra[0].Span.To(action.Extra[^1].Span);
        var written = context.TextOf(extra);
        var removal = context.WithLeadingBlanks(extra);
        switch (kind)
        {
            case ActionKind.Say when action.Text is { Kind: TokenKind.QuotedText }:
                context.Report(extra, $"text after the closing quote: {Quote.Clip(written)}; put it inside the quotes or remove it", RuleContext.Replace("Remove it", removal, string.Empty));
                break;
            case ActionKind.Transfer when action.Extra.Length == 1 && action.Caller is null && NumberAnalysis.Of(written).IsNumeric:
                context.Report(extra, $"a second number after the transfer number; to set the caller ID write `--caller={written}`", RuleContext.Replace("Write it as `--caller=`", extra with { Length = 0 }, "--caller="));
                break;
            case ActionKind.Playback when action.Url is { Kind: TokenKind.Word } url && action.Extra.All(token => token.Kind == TokenKind.Word)
                && context.TextOf(url.Span.To(extra)).ContainsAny(' ', '\t'):
                var joined = context.StringOf(url.Span.To(extra)).Replace(" ", "%20", StringComparison.Ordinal).Replace("\t", "%09", StringComparison.Ordinal);
                context.Report(extra, $"`playback` takes one URL; if {Quote.Clip(written)} is part of it, encode the blank as `%20`", RuleContext.Replace("Encode the blank as %20", url.Span.To(extra), joined));
                break;
            default:
                var count = kind == ActionKind.Say ? "a language code and one quoted text" : "one argument";
                context.Report(extra, $"`{ActionNames.NameOf(kind)}` takes {count}; remove {Quote.Clip(written)}", RuleContext.Replace("Remove it", removal, string.Empty));
                break;
        }
    }
}
