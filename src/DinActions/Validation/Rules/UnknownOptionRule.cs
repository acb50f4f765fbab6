using DinActions.Binding;
using DinActions.Diagnostics;

namespace DinActions.Validation.Rules;

/// <summary>DIN0004: an option other than <c>--caller</c>.</summary>
internal sealed class UnknownOptionRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.UnknownOption,
        "Unknown option",
        DiagnosticSeverity.Error,
        "The language has one option, `--caller=NUMBER`, on `transfer`. Any other option is not understood by the cloud.",
        "transfer +81336042000 --callerid=+8190123456789",
        "transfer +81336042000 --caller=+8190123456789",
        "Remove the option, or spell it `--caller=`.");

    public override void CheckAction(BoundAction action, ref RuleContext context)
    {
        if (!action.Defects.Has(ValueDefect.UnknownOption))
        {
            return;
        }

        foreach (var option in action.Options)
        {
            if (option.Name == BoundOption.CallerName)
            {
                continue;
            }

            var suggestion = Spelling.Suggest(option.Name, [BoundOption.CallerName, "caller-id", "callerid"]) is not null;
            if (suggestion)
            {
                context.Report(option.NameSpan, $"unknown option `--{Quote.Shorten(option.Name, 40)}`; did you mean `--caller`?", RuleContext.Replace("Replace with `caller`", option.NameSpan, BoundOption.CallerName));
            }
            else
            {
                context.Report(option.Token.Span, $"unknown option {Quote.Clip(context.TextOf(option.Token.Span))}; the only option is `--caller=` on `transfer`");
            }
        }
    }
}
