using System.Collections.Immutable;
using DinActions.Syntax;

namespace DinActions.Validation;

/// <summary>Runs every rule of <see cref="DinRules"/> over a syntax tree.</summary>
internal static class Validator
{
    public static ImmutableArray<Diagnostic> Validate(SyntaxTree tree, ValidationOptions options)
    {
        var context = new RuleContext(tree, options);
        // Most callers disable nothing: skip hashing each rule's code (case-insensitively) then.
        var disabled = options.DisabledRules;
        foreach (var rule in DinRules.Rules)
        {
            if (!disabled.IsEmpty && disabled.Contains(rule.Descriptor.Code))
            {
                continue;
            }

            context.Current = rule;
            if (rule.ChecksScript)
            {
                rule.CheckScript(tree, ref context);
            }

            if (!rule.ChecksLine && !rule.ChecksAction)
            {
                continue;
            }

            foreach (var line in tree.Lines)
            {
                if (rule.ChecksLine)
                {
                    rule.CheckLine(line, ref context);
                }

                for (var action = rule.ChecksAction ? line.Action : null; action is not null; action = action.Greeting)
                {
                    rule.CheckAction(action, ref context);
                }
            }
        }

        context.Current = null;
        return context.ToSortedDiagnostics();
    }
}
