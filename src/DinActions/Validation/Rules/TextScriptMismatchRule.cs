using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0022: <c>say</c> text in a script its language's voice cannot read.</summary>
internal sealed class TextScriptMismatchRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.TextScriptMismatch,
        "Text in a script the voice cannot read",
        DiagnosticSeverity.Warning,
        "Each TTS voice reads its own writing system: the English voice skips or spells out Japanese characters. Text in another script is usually a wrong language code.",
        "say en \"こんにちは\"",
        "say ja \"こんにちは\"",
        "Use the language code that matches the text, or translate the text.");

    public override void CheckAction(BoundAction action, ref RuleContext context)
    {
        if (action.AssumedKind != ActionKind.Say || action.Text is not { } text || action.Language is not { Kind: TokenKind.Word } code
            || context.LanguageAt(code.Span) is not { } language)
        {
            return;
        }

        // Only the text inside the quotes: the closing quote is not part of what the voice reads.
        var written = context.TextOf(text.Span);
        var end = text.Kind == TokenKind.QuotedText && text.IsTerminated ? written.Length - 1 : written.Length;
        // ASCII has no letter outside the Latin script, so a voice that reads Latin starts at the first other character.
        var start = language.Reads(WritingScript.Latin) ? written[..end].IndexOfAnyExcept(LineCharacters.Ascii) : 0;
        if (start < 0)
        {
            return;
        }

        for (var index = start; index < end; index++)
        {
            if (WritingScripts.Of(written[index]) is { } script && !language.Reads(script))
            {
                var at = text.Span with { Offset = text.Span.Offset + index, Column = text.Span.Column + index, Length = 1 };
                context.Report(at, $"the {language.Name} voice cannot read {script} text such as {Quote.Clip(written.Slice(index, Math.Min(8, end - index)))}; check the language code");
                return;
            }
        }
    }
}
