using System.Collections.Immutable;
using DinActions.Syntax;

namespace DinActions.Validation;

/// <summary>Runs every rule of <see cref="DinRules"/> over a syntax tree.</summary>
internal static class Validator
{
    public static ImmutableArray<Diagnostic> Validate(SyntaxTree tree, ValidationOptions options)
    {
        var context = new RuleContext(tree, options);
        foreach (var rule in DinRules.Rules)
        {
            if (options.DisabledRules.Contains(rule.Descriptor.Code))
            {
                continue;
            }

            context.Current = rule;
            rule.CheckScript(tree, context);
            foreach (var line in tree.Lines)
            {
                rule.CheckLine(line, context);
                for (var action = line.Action; action is not null; action = action.Greeting)
                {
                    rule.CheckAction(action, context);
                }
            }
        }

        context.Current = null;
        return context.ToSortedDiagnostics();
    }
}
