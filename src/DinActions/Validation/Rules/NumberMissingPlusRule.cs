
namespace DinActions.Validation.Rules;

/// <summary>DIN0010: a number without the leading <c>+</c> of E.164.</summary>
internal sealed class NumberMissingPlusRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.NumberMissingPlus,
        "Number without `+`",
        DiagnosticSeverity.Error,
        "Numbers are written in E.164: `+`, the country code, then the subscriber number. The number listing gives numbers without `+` (`815012345678`), and a number that starts with 0 is in national format, which the cloud cannot dial from abroad.",
        "transfer 81336042000",
        "transfer +81336042000",
        "Add `+` before the country code. For a national number, replace the leading 0 with `+` and the country code (in Japan, `03...` becomes `+813...`).");

    public override void CheckAction(Binding.BoundAction action, ref RuleContext context) =>
        NumberRoles.ForEach(action, ref context, Check);

    private static void Check(SourceSpan span, string role, ref RuleContext context)
    {
        var written = context.TextOf(span);
        var number = context.NumberAt(span);
        if (number.HasPlus || !number.IsNumeric)
        {
            return;
        }

        if (number.FirstDigit == '0')
        {
            context.Report(span, $"the {role} {Quote.Clip(written)} is in national format; write `+`, the country code, and the number without its leading 0 (Japan: `+81`)");
            return;
        }

        context.Report(span, $"the {role} {Quote.Clip(written)} lacks the `+` of E.164: write `+{Quote.Shorten(written, 30)}`", RuleContext.Replace("Add `+`", span with { Length = 0 }, "+"));
    }
}
