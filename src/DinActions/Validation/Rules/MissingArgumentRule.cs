using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0002: an action lacks an argument its signature requires.</summary>
internal sealed class MissingArgumentRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.MissingArgument,
        "Missing argument",
        DiagnosticSeverity.Error,
        "`playback` needs a URL, `transfer` a number, and `say` a language code and a quoted text. Without them the cloud has nothing to play, dial or say, and the call fails.",
        "say \"Hello\"",
        "say en \"Hello\"",
        "Add the missing argument, in the order the signature gives.");

    public override void CheckAction(BoundAction action, ref RuleContext context)
    {
        if (!action.Defects.Has(ValueDefect.MissingArgument))
        {
            return;
        }

        switch (action.AssumedKind)
        {
            case ActionKind.Playback when action.Url is null:
                context.Report(action.Name.Span, "`playback` needs the URL of an mp3 file: `playback https://example.com/welcome.mp3`");
                break;
            case ActionKind.Transfer when action.Target is null:
                context.Report(action.Name.Span, "`transfer` needs the number to transfer to: `transfer +81336042000`");
                break;
            case ActionKind.Say when action.Language is null && action.Text is null:
                context.Report(action.Name.Span, "`say` needs a language code and a quoted text: `say en \"Hello\"`");
                break;
            case ActionKind.Say when action.Language is null:
                context.Report(action.Name.Span, "`say` needs a language code before the text: `say en \"Hello\"`");
                break;
            case ActionKind.Say when action.Text is null:
                context.Report(action.Name.Span, "`say` needs the text to read, in double quotes, after the language code: `say en \"Hello\"`");
                break;
        }
    }
}
