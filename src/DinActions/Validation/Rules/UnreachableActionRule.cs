using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0052: an action after <c>transfer</c> or <c>voicemail</c>, which never runs.</summary>
internal sealed class UnreachableActionRule : ScriptRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.UnreachableAction,
        "Action after transfer or voicemail",
        DiagnosticSeverity.Warning,
        "`transfer` hands the call to another number and `voicemail` records until the caller hangs up: either ends the script's control of the call, so an action after it never runs.",
        "transfer +81336042000\nsay en \"Goodbye.\"",
        "say en \"Goodbye.\"\ntransfer +81336042000",
        "Move the action before the `transfer` or `voicemail`, or remove it.")
    {
        ExampleProfile = ValidationProfile.Dashboard,
    };

    public override void CheckScript(BoundScript script, ref RuleContext context)
    {
        BoundAction? final = null;
        foreach (var line in script.Tree.Lines)
        {
            // A local, not a pattern variable, for the same reason as in UnknownActionRule.LanguageOfScript.
            var action = script.ActionOf(line);
            if (action is null)
            {
                continue;
            }

            if (final is not null)
            {
                context.Report(action.Span, $"this action never runs: `{Quote.Shorten(final.NameText, 40)}` on line {final.Span.Line} ends the script's control of the call");
            }
            else if (action.Kind is ActionKind.Transfer or ActionKind.Voicemail)
            {
                final = action;
            }
        }
    }
}
