using DinActions.Binding;

namespace DinActions.Validation.Rules;

/// <summary>DIN0050: a script without any action.</summary>
internal sealed class EmptyScriptRule : ScriptRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.EmptyScript,
        "Empty script",
        DiagnosticSeverity.Error,
        "An action URL answers with an action. An empty answer, or one of blanks only, gives the cloud nothing to do and the call fails.",
        "",
        "say en \"Thank you for calling.\"",
        "Answer with one action.");

    public override void CheckScript(BoundScript script, ref RuleContext context)
    {
        foreach (var line in script.Tree.Lines)
        {
            if (!line.IsBlank)
            {
                return;
            }
        }

        context.Report(new SourceSpan(0, 0, 1, 1), "the script has no action; write one, such as `say en \"Hello\"`");
    }
}
