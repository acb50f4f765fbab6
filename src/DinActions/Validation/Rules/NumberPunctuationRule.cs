
namespace DinActions.Validation.Rules;

/// <summary>DIN0011: a number with blanks, punctuation or letters in it.</summary>
internal sealed class NumberPunctuationRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.NumberPunctuation,
        "Number with punctuation or letters",
        DiagnosticSeverity.Error,
        "An E.164 number is `+` and digits only. Blanks split the number into several arguments, and hyphens, dots or parentheses are not dialled: the cloud rejects the line.",
        "transfer +81-3-3604-2000",
        "transfer +81336042000",
        "Remove blanks and punctuation; the fix does it when only digits remain. A trunk prefix in parentheses after the country code (`+81 (0)3-...`, `+44 (0)20 ...`) is dropped too: it is dialled only from inside the country.");

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
            // `+81 (0)3-3604-2000`, as business cards print it: the 0 is dialled only from inside the country, and
            // an international number that keeps it does not exist.
            var trunk = TrunkPrefixAt(written);
            var digitsOnly = trunk < 0
                ? NumberAnalysis.Normalize(written)
                : NumberAnalysis.Normalize(string.Concat(written[..trunk], written[(trunk + TrunkPrefix.Length)..]));
            var digits = trunk < 0 ? number.Digits : number.Digits - 1;

            // Joining more than 15 digits would make a number no one wrote (often two numbers run together), so no fix then.
            var fix = digits <= NumberAnalysis.MaxDigits
                ? RuleContext.Replace(trunk < 0 ? "Remove blanks and punctuation" : "Remove the trunk prefix (0), blanks and punctuation", span, digitsOnly)
                : null;
            var message = trunk < 0
                ? $"the {role} {Quote.Clip(written)} has blanks or punctuation; write the digits only: `{digitsOnly}`"
                : $"the {role} {Quote.Clip(written)} has the trunk prefix `(0)`, which is dialled only from inside the country, and blanks or punctuation; write the digits only, without the 0: `{digitsOnly}`";
            context.Report(span, message, fix);
        }
    }

    private const string TrunkPrefix = "(0)";

    /// <summary>Where <c>(0)</c> follows the <c>+</c> and the country code's digits, or -1.</summary>
    private static int TrunkPrefixAt(ReadOnlySpan<char> written)
    {
        var at = written.IndexOf(TrunkPrefix);
        if (at < 2 || written[0] != '+')
        {
            return -1;
        }

        var before = written[1..at];
        return before.ContainsAnyInRange('0', '9') && !before.ContainsAnyExcept("0123456789 -.\t") ? at : -1;
    }
}
