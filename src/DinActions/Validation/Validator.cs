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
            if (options.SeverityOf(rule.Descriptor) is { } severity)
            {
                context.Run(rule, severity);
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
                if (options.SeverityOf(rule.Descriptor) is { } severity)
                {
                    context.Run(rule, severity);
                    rule.CheckLine(line, ref context);
                }
            }

            for (var action = script.ActionOf(line); action is not null; action = action.Greeting)
            {
                foreach (var rule in DinRules.ActionRules)
                {
                    if (options.SeverityOf(rule.Descriptor) is { } severity)
                    {
                        context.Run(rule, severity);
                        rule.CheckAction(action, ref context);
                    }
                }
            }
        }

        context.Run(null, default);
        return context.ToSortedDiagnostics();
    }
}
