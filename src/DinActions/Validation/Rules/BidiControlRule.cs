using System.Buffers;
using DinActions.Diagnostics;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0036: a bidirectional embedding, override or isolate character.</summary>
internal sealed class BidiControlRule : LineRule
{
    // Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069). The marks U+200E and U+200F are
    // left alone: right-to-left text uses them, and they reorder nothing around them.
    private static readonly SearchValues<char> BidiControls =
        SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.BidiControl,
        "Bidirectional control character",
        DiagnosticSeverity.Warning,
        "Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) are invisible and change the order in which the rest of the line is displayed, so the line a reviewer reads is not the line the cloud receives. The voice ignores them.",
        "say en \"Press \u202E1 then 2\"",
        "say en \"Press 1 then 2\"",
        "Remove the character; the fix does it. For right-to-left text, the marks U+200E and U+200F are enough.");

    public override void CheckLine(LineSyntax line, ref RuleContext context) =>
        context.ReportEach(
            line.Span,
            BidiControls,
            static c => $"the invisible bidirectional control {PrintableText.CodePoint(c)} changes how the line is displayed; remove it",
            "Remove the character",
            string.Empty);
}
