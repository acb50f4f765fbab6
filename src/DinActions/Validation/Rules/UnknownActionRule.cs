using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0001: the line does not start with a known action name.</summary>
internal sealed class UnknownActionRule : Rule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.UnknownAction,
        "Unknown action",
        DiagnosticSeverity.Error,
        "Every line starts with the name of an action: `playback`, `transfer`, `say` or `voicemail`, in lower case. The cloud does not guess: a misspelt or capitalised name fails the call.",
        "Say en \"Hello\"",
        "say en \"Hello\"",
        "Write one of the four action names in lower case; the fix replaces a near miss with the action it most likely means.");

    public override void CheckAction(BoundAction action, ref RuleContext context)
    {
        if (!action.Defects.Has(ValueDefect.UnknownName))
        {
            return;
        }

        var name = action.NameText;
        if (action.Name.Kind != TokenKind.Word)
        {
            context.Report(action.Name.Span, $"expected an action name (`playback`, `transfer`, `say` or `voicemail`) before {Quote.Clip(name)}");
            return;
        }

        if (action.AssumedKind is { } assumed)
        {
            var suggestion = ActionNames.NameOf(assumed);
            var message = name.Equals(suggestion, StringComparison.OrdinalIgnoreCase)
                ? $"action names are lower case: write `{suggestion}` instead of {Quote.Clip(name)}"
                : $"unknown action {Quote.Clip(name)}; did you mean `{suggestion}`?";
            context.Report(action.Name.Span, message, RuleContext.Replace($"Replace with `{suggestion}`", action.Name.Span, suggestion));
            return;
        }

        context.Report(action.Name.Span, $"unknown action {Quote.Clip(name)}; expected `playback`, `transfer`, `say` or `voicemail`");
    }
}
