using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0020: a <c>say</c> language code the TTS does not speak.</summary>
internal sealed class UnknownLanguageRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.UnknownLanguage,
        "Unknown TTS language",
        DiagnosticSeverity.Error,
        "The first argument of `say` is a TTS language code the provider speaks: `ja` (Japanese) or `en` (English); `id` (Indonesian) is paused. Codes are lower case and without region (`en`, not `en-US`). An unknown code fails the call.",
        "say jp \"こんにちは\"",
        "say ja \"こんにちは\"",
        "Use a code of the language list; the fix replaces a common mistake (`jp`, `eng`, `en-US`, `EN`) with the code it means. Extend the list with `LanguageCatalog.With` for a provider that speaks more languages.");

    public override void CheckAction(BoundAction action, ref RuleContext context)
    {
        if (action.AssumedKind != ActionKind.Say || action.Language is not { } token)
        {
            return;
        }

        if (token.Kind == TokenKind.Word && context.LanguageAt(token.Span) is not null)
        {
            return;
        }

        var code = context.StringOf(token.Span);

        var bare = token.Kind == TokenKind.QuotedText ? code.Trim('"') : code;
        var suggestion = context.Options.Languages.Find(bare) is not null ? bare : context.Options.Languages.Suggest(bare);
        var known = string.Join(", ", context.Options.Languages.Languages.Select(language => $"`{language.Code}`"));
        if (suggestion is null)
        {
            context.Report(token.Span, $"unknown TTS language {Quote.Clip(code)}; expected one of {known}");
        }
        else if (token.Kind == TokenKind.QuotedText)
        {
            context.Report(token.Span, $"the language code is not quoted: write `{suggestion}`", RuleContext.Replace($"Replace with `{suggestion}`", token.Span, suggestion));
        }
        else
        {
            context.Report(token.Span, $"unknown TTS language {Quote.Clip(code)}; did you mean `{suggestion}`?", RuleContext.Replace($"Replace with `{suggestion}`", token.Span, suggestion));
        }
    }
}
