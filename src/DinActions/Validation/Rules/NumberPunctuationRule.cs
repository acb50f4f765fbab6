
namespace DinActions.Validation.Rules;

/// <summary>DIN0011: a number with blanks, punctuation or letters in it.</summary>
internal sealed class NumberPunctuationRule : Rule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.NumberPunctuation,
        "Number with punctuation or letters",
        DiagnosticSeverity.Error,
        "An E.164 number is `+` and digits only. Blanks split the number into several arguments, and hyphens, dots or parentheses are not dialled: the cloud rejects the line.",
        "transfer +81-3-3604-2000",
        "transfer +81336042000",
        "Remove blanks and punctuation; the fix does it when only digits remain.");

    public override void CheckAction(Binding.BoundAction action, ref RuleContext context) =>
        NumberRoles.ForEach(action, ref context, Check);

    private static void Check(SourceSpan span, string role, ref RuleContext context)
    {
        var written = context.TextOf(span);
        var number = context.NumberAt(span);
        if (number.HasForeignCharacters || number.PlusIsMisplaced)
        {
            context.Report(span, $"the {role} {Quote.Clip(written)} is not a phone number: E.164 is `+` and digits only");
            return;
        }

        // With no digit at all there is nothing to keep: DIN0014 reports the number as empty.
        if (number.HasSeparators && number.Digits > 0)
        {
            var digitsOnly = NumberAnalysis.Normalize(written);

            // Joining more than 15 digits would make a number no one wrote (often two numbers run together), so no fix then.
            var fix = number.Digits <= NumberAnalysis.MaxDigits
                ? RuleContext.Replace("Remove blanks and punctuation", span, digitsOnly)
                : null;
            context.Report(span, $"the {role} {Quote.Clip(written)} has blanks or punctuation; write the digits only: `{digitsOnly}`", fix);
        }
    }
}
