using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0021: a TTS language whose support the provider has paused.</summary>
internal sealed class PausedLanguageRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.PausedLanguage,
        "TTS language paused",
        DiagnosticSeverity.Warning,
        "The provider added Indonesian (`id`) and later announced its support as paused. A `say` in a paused language may be silent or fail until support resumes.",
        "say id \"Selamat datang\"",
        "playback https://example.com/selamat-datang.mp3",
        "Use a supported language, or a recorded mp3 with `playback`.");

    public override void CheckAction(BoundAction action, ref RuleContext context)
    {
        if (action.AssumedKind == ActionKind.Say && action.Language is { Kind: TokenKind.Word } token
            && context.LanguageAt(token.Span) is { Status: LanguageStatus.Paused } language)
        {
            context.Report(token.Span, $"TTS support for `{language.Code}` ({language.Name}) is paused by the provider; the call may be silent");
        }
    }
}
