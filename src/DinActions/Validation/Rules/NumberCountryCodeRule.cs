
namespace DinActions.Validation.Rules;

/// <summary>DIN0013: a country code that starts with 0.</summary>
internal sealed class NumberCountryCodeRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.NumberCountryCode,
        "Country code starts with 0",
        DiagnosticSeverity.Error,
        "No country code starts with 0. `+0...` is usually a national number (`03...`) with a `+` put in front of it.",
        "transfer +0336042000",
        "transfer +81336042000",
        "Replace the leading 0 with the country code (Japan: `+81`).");

    public override void CheckAction(Binding.BoundAction action, ref RuleContext context) =>
        NumberRoles.ForEach(action, ref context, Check);

    private static void Check(SourceSpan span, string role, ref RuleContext context)
    {
        var written = context.TextOf(span);
        var number = context.NumberAt(span);
        if (number.HasPlus && number.IsNumeric && number.FirstDigit == '0')
        {
            context.Report(span, $"the {role} {Quote.Clip(written)} has a country code starting with 0; replace the 0 with the country code (Japan: `+81`)");
        }
    }
}
