using DinActions.Binding;

namespace DinActions.Validation.Rules;

/// <summary>DIN0051: more actions than the profile allows.</summary>
internal sealed class TooManyActionsRule : ScriptRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.TooManyActions,
        "More actions than the profile allows",
        DiagnosticSeverity.Error,
        "An action URL set through the API (profile `api`) gives one action on one line. The provider's hosted dynamic action URL (profile `dashboard`) allows two, one per line. Further lines are never run.",
        "say en \"Welcome.\"\ntransfer +81336042000",
        "transfer +81336042000",
        "Keep one action per action URL, or validate with the `dashboard` profile if the script is for the dashboard.");

    public override void CheckScript(BoundScript script, ref RuleContext context)
    {
        var allowed = context.Options.Profile.MaxActions();
        var count = 0;
        // Over the lines, not `script.Actions`: no enumerator is allocated for a valid script.
        foreach (var line in script.Tree.Lines)
        {
            if (script.ActionOf(line) is { } action && ++count > allowed)
            {
                var limit = allowed == 1 ? "one action" : $"{allowed} actions";
                context.Report(action.Span, $"the `{context.Options.Profile.Name()}` profile allows {limit}; this is action {count}");
            }
        }
    }
}
