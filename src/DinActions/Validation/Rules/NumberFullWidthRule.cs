using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0012: a number typed with full-width digits or plus sign.</summary>
internal sealed class NumberFullWidthRule : Rule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        "DIN0012",
        "Full-width characters in a number",
        DiagnosticSeverity.Error,
        "Japanese input methods type digits in full width (`＋８１`). They look like digits but are other characters, and the cloud cannot dial them.",
        "transfer ＋８１３３６０４２０００",
        "transfer +81336042000",
        "Retype the number in ASCII; the fix converts full-width digits and `＋`.");

    public override void CheckAction(ActionSyntax action, RuleContext context) =>
        NumberRoles.ForEach(action, context, Check);

    private static void Check(SourceSpan span, string role, RuleContext context)
    {
        var written = context.TextOf(span);
        if (!NumberAnalysis.Of(written).HasFullWidth)
        {
            return;
        }

        var ascii = string.Create(written.Length, span, (buffer, state) =>
        {
            var source = context.TextOf(state);
            for (var index = 0; index < buffer.Length; index++)
            {
                buffer[index] = NumberCharacters.ToAscii(source[index]);
            }
        });
        context.Report(span, $"the {role} {Quote.Clip(written)} has full-width characters; write `{ascii}`", RuleContext.Replace("Convert to ASCII", span, ascii));
    }
}
