using DinActions.Syntax;

namespace DinActions.Validation;

/// <summary>The phone numbers an action holds: the transfer target and the <c>--caller=</c> value.</summary>
internal static class NumberRoles
{
    /// <summary>Calls <paramref name="check"/> for each number written in <paramref name="action"/>, with what it is.</summary>
    public static void ForEach(ActionSyntax action, RuleContext context, Action<SourceSpan, string, RuleContext> check)
    {
        if (action.AssumedKind == ActionKind.Transfer && action.Target is { } target)
        {
            check(target.Span, "transfer number", context);
        }

        foreach (var option in action.Options)
        {
            if (option.Name == OptionSyntax.CallerName && option.Value is { Span.Length: > 0 } value)
            {
                check(value.Span, "caller ID", context);
            }
        }
    }
}
