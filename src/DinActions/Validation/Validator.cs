using System.Collections.Immutable;
using DinActions.Binding;

namespace DinActions.Validation;

/// <summary>Runs every rule of <see cref="DinRules"/> over a bound script.</summary>
internal static class Validator
{
    public static ImmutableArray<Diagnostic> Validate(BoundScript script, ValidationOptions options, NumberingPlanMemo? numberingPlan)
    {
        var context = new RuleContext(script, options, numberingPlan);

        // Each level's rules in one pass over the lines: a rule is called only at the levels it checks.
        foreach (var rule in DinRules.ScriptRules)
        {
            if (IsEnabled(rule, options))
            {
                context.Current = rule;
                rule.CheckScript(script, ref context);
            }
        }

        foreach (var line in script.Tree.Lines)
        {
            if (script.IsContinuation(line))
            {
                continue;
            }

            foreach (var rule in DinRules.LineRules)
            {
                if (IsEnabled(rule, options))
                {
                    context.Current = rule;
                    rule.CheckLine(line, ref context);
                }
            }

            for (var action = script.ActionOf(line); action is not null; action = action.Greeting)
            {
                foreach (var rule in DinRules.ActionRules)
                {
                    if (IsEnabled(rule, options))
                    {
                        context.Current = rule;
                        rule.CheckAction(action, ref context);
                    }
                }
            }
        }

        context.Current = null;
        return context.ToSortedDiagnostics();
    }

    // Most callers disable nothing: no hashing of each rule's code (case-insensitively) then.
    private static bool IsEnabled(Rule rule, ValidationOptions options) =>
        options.DisabledRules.IsEmpty || !options.DisabledRules.Contains(rule.Descriptor.Code);
}
