using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0005: <c>--caller</c> on an action other than <c>transfer</c>.</summary>
internal sealed class OptionNotAllowedRule : Rule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        "DIN0005",
        "Option on the wrong action",
        DiagnosticSeverity.Error,
        "`--caller=` sets the caller ID of a transferred call, so only `transfer` takes it. On another action it means nothing to the cloud.",
        "say en \"Hello\" --caller=+8190123456789",
        "say en \"Hello\"",
        "Remove the option, or move it to the `transfer` action it belongs to.");

    public override void CheckAction(ActionSyntax action, RuleContext context)
    {
        if (action.AssumedKind is not { } kind || kind == ActionKind.Transfer)
        {
            return;
        }

        foreach (var option in action.Options)
        {
            if (option.Name == OptionSyntax.CallerName)
            {
                context.Report(option.FullSpan, $"`--caller` only goes with `transfer`, not `{ActionNames.NameOf(kind)}`; remove it", RuleContext.Replace("Remove the option", option.FullSpan, string.Empty));
            }
        }
    }
}
