using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation;

/// <summary>The phone numbers an action holds: the transfer target and the <c>--caller=</c> value.</summary>
internal static class NumberRoles
{
    /// <summary>Calls <paramref name="check"/> for each number written in <paramref name="action"/>, with what it is.</summary>
    public static void ForEach(BoundAction action, ref RuleContext context, NumberCheck check)
    {
        // Six rules ask for each action: most actions are no transfer and have no option, so nothing to look at.
        if (action.AssumedKind != ActionKind.Transfer && action.Options.IsEmpty)
        {
            return;
        }

        if (action.AssumedKind == ActionKind.Transfer && action.Target is { } target)
        {
            check(target.Span, "transfer number", ref context);
        }

        foreach (var option in action.Options)
        {
            if (option.Name == BoundOption.CallerName && option.Value is { Span.Length: > 0 } value)
            {
                check(value.Span, "caller ID", ref context);
            }
        }
    }
}

/// <summary>A check of one number of an action; <paramref name="role"/> names it in messages.</summary>
internal delegate void NumberCheck(SourceSpan span, string role, ref RuleContext context);
