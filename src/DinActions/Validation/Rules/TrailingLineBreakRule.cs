using DinActions.Binding;

namespace DinActions.Validation.Rules;

/// <summary>DIN0058: a line break after the last action.</summary>
internal sealed class TrailingLineBreakRule : ScriptRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.TrailingLineBreak,
        "Line break after the last action",
        DiagnosticSeverity.Info,
        "Files and most templates end with a line break, and the cloud reads the action line without it. This is information only: an action server may want to answer without it, as `ActionScript.Format` does by default.",
        "say en \"Hello\"\n",
        "say en \"Hello\"",
        "Nothing to do for a file. In an action server, answer without the final line break.");

    public override void CheckScript(BoundScript script, ref RuleContext context)
    {
        var lines = script.Tree.Lines;
        if (lines.Length < 2 || lines[^1].Span.Length != 0 || lines[^2].IsBlank)
        {
            return;
        }

        var previous = lines[^2];
        var span = new SourceSpan(previous.Span.End, lines[^1].Span.Offset - previous.Span.End, previous.Number, previous.Span.EndColumn);
        context.Report(span, "the script ends with a line break; the action is read without it");
    }
}
