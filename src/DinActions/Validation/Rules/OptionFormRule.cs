using DinActions.Binding;

namespace DinActions.Validation.Rules;

/// <summary>DIN0007: <c>--caller</c> without <c>=</c>, or without a value.</summary>
internal sealed class OptionFormRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.OptionForm,
        "Option without `=value`",
        DiagnosticSeverity.Error,
        "An option's value follows an equals sign with no blank: `--caller=+8190123456789`. The cloud reads `--caller +81...` as an option with no value followed by an extra argument.",
        "transfer +81336042000 --caller +8190123456789",
        "transfer +81336042000 --caller=+8190123456789",
        "Join the option and its value with `=`.");

    public override void CheckAction(BoundAction action, ref RuleContext context)
    {
        if (!action.Defects.Has(ValueDefect.OptionWithoutValue))
        {
            return;
        }

        foreach (var option in action.Options)
        {
            if (option.Name != BoundOption.CallerName)
            {
                continue;
            }

            if (!option.HasEqualsSign && option.Value is { } separate)
            {
                var joined = $"--{option.Name}={context.StringOf(separate.Span)}";
                context.Report(option.FullSpan, $"write the value after `=` with no blank: `{Quote.Shorten(joined)}`", RuleContext.Replace("Join with `=`", option.FullSpan, joined));
            }
            else if (option.Value is not { Span.Length: > 0 })
            {
                context.Report(option.Token.Span, "`--caller` needs a number: `--caller=+8190123456789`");
            }
        }
    }
}
