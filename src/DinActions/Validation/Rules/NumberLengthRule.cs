
namespace DinActions.Validation.Rules;

/// <summary>DIN0014: a number with more than 15 digits, or none.</summary>
internal sealed class NumberLengthRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.NumberLength,
        "Number too long or empty",
        DiagnosticSeverity.Error,
        "E.164 allows at most 15 digits, country code included. A longer number has extra or repeated digits; a `+` alone has none.",
        "transfer +8133604200012345",
        "transfer +81336042000",
        "Check the digits against the number you meant.");

    public override void CheckAction(Binding.BoundAction action, ref RuleContext context) =>
        NumberRoles.ForEach(action, ref context, Check);

    private static void Check(SourceSpan span, string role, ref RuleContext context)
    {
        var written = context.TextOf(span);
        var number = context.NumberAt(span);
        if (number.HasForeignCharacters)
        {
            return;
        }

        if (number.Digits == 0)
        {
            context.Report(span, $"the {role} {Quote.Clip(written)} has no digits");
        }
        else if (number.Digits > NumberAnalysis.MaxDigits)
        {
            context.Report(span, $"the {role} {Quote.Clip(written)} has {number.Digits} digits; E.164 allows at most {NumberAnalysis.MaxDigits}");
        }
    }
}
