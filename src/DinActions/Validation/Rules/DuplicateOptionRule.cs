using DinActions.Binding;

namespace DinActions.Validation.Rules;

/// <summary>DIN0006: the same option twice on one action.</summary>
internal sealed class DuplicateOptionRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.DuplicateOption,
        "Repeated option",
        DiagnosticSeverity.Error,
        "An option may appear once per action. With two `--caller=` values it is not defined which one the cloud would use.",
        "transfer +81336042000 --caller=+8190123456789 --caller=+8190123456780",
        "transfer +81336042000 --caller=+8190123456789",
        "Keep one of the options and remove the others.");

    public override void CheckAction(BoundAction action, ref RuleContext context)
    {
        if (!action.Defects.Has(ValueDefect.RepeatedOption))
        {
            return;
        }

        for (var index = 1; index < action.Options.Length; index++)
        {
            var option = action.Options[index];
            for (var earlier = 0; earlier < index; earlier++)
            {
                if (action.Options[earlier].Name == option.Name)
                {
                    context.Report(option.FullSpan, $"`--{Quote.Shorten(option.Name, 40)}` is already given at column {action.Options[earlier].Token.Span.Column}; keep one", RuleContext.Replace("Remove the repeated option", context.WithLeadingBlanks(option.FullSpan), string.Empty));
                    break;
                }
            }
        }
    }
}
