using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0005: <c>--caller</c> on an action other than <c>transfer</c>.</summary>
internal sealed class OptionNotAllowedRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.OptionNotAllowed,
        "Option on the wrong action",
        DiagnosticSeverity.Error,
        "`--caller=` sets the caller ID of a transferred call, so only `transfer` takes it. On another action it means nothing to the cloud.",
        "say en \"Hello\" --caller=+8190123456789",
        "say en \"Hello\"",
        "Remove the option, or move it to the `transfer` action it belongs to.");

    public override void CheckAction(BoundAction action, ref RuleContext context)
    {
        if (!action.Defects.Has(ValueDefect.OptionNotAllowed) || action.AssumedKind is not { } kind)
        {
            return;
        }

        foreach (var option in action.Options)
        {
            if (option.Name == BoundOption.CallerName)
            {
                context.Report(option.FullSpan, $"`--caller` only goes with `transfer`, not `{ActionNames.NameOf(kind)}`; remove it", RuleContext.Replace("Remove the option", context.WithLeadingBlanks(option.FullSpan), string.Empty));
            }
        }
    }
}
