using DinActions.Binding;

namespace DinActions.Validation.Rules;

/// <summary>DIN0056: a byte order mark at the start of the script.</summary>
internal sealed class ByteOrderMarkRule : ScriptRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.ByteOrderMark,
        "Byte order mark",
        DiagnosticSeverity.Warning,
        "Some editors start UTF-8 files with an invisible byte order mark (U+FEFF). It is skipped here, but the cloud may read it as part of the action name.",
        "\uFEFFsay en \"Hello\"",
        "say en \"Hello\"",
        "Save the file as UTF-8 without BOM; the fix removes it.");

    public override void CheckScript(BoundScript script, ref RuleContext context)
    {
        if (script.Tree.HasByteOrderMark)
        {
            var span = new SourceSpan(0, 1, 1, 1);
            context.Report(span, "the script starts with a byte order mark (U+FEFF); save it as UTF-8 without BOM", RuleContext.Replace("Remove the byte order mark", span, string.Empty));
        }
    }
}
