using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0012: a number typed with full-width digits or plus sign.</summary>
internal sealed class NumberFullWidthRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.NumberFullWidth,
        "Full-width characters in a number",
        DiagnosticSeverity.Error,
        "Japanese input methods type digits in full width (`＋８１`). They look like digits but are other characters, and the cloud cannot dial them.",
        "transfer ＋８１３３６０４２０００",
        "transfer +81336042000",
        "Retype the number in ASCII; the fix converts full-width digits and `＋`.");

    public override void CheckAction(BoundAction action, ref RuleContext context) =>
        NumberRoles.ForEach(action, ref context, Check);

    private static void Check(SourceSpan span, string role, ref RuleContext context)
    {
        var written = context.TextOf(span);
        if (!context.NumberAt(span).HasFullWidth)
        {
            return;
        }

        var ascii = ToAscii(written);
        context.Report(span, $"the {role} {Quote.Clip(written)} has full-width characters; write {Quote.Clip(ascii)}", RuleContext.Replace("Convert to ASCII", span, ascii));
    }

    // Apart from Check, so that the lambda's closure is not allocated on every call, full-width or not.
    private static string ToAscii(ReadOnlySpan<char> written)
    {
        Span<char> buffer = written.Length <= 256 ? stackalloc char[written.Length] : new char[written.Length];
        for (var index = 0; index < buffer.Length; index++)
        {
            buffer[index] = NumberCharacters.ToAscii(written[index]);
        }

        return buffer.ToString();
    }
}
