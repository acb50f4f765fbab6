using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0057: a blank line among the actions.</summary>
internal sealed class BlankLineRule : ScriptRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.BlankLine,
        "Blank line",
        DiagnosticSeverity.Warning,
        "Each line is an action. A blank line is skipped here, but the cloud may read it as an empty action, or stop before the next one.",
        "say en \"Welcome.\"\n\ntransfer +81336042000",
        "say en \"Welcome.\"\ntransfer +81336042000",
        "Remove blank lines; the fix does it.")
    {
        ExampleProfile = ValidationProfile.Dashboard,
    };

    public override void CheckScript(BoundScript script, ref RuleContext context)
    {
        foreach (var line in script.Tree.Lines)
        {
            if (!script.IsBlankAmongActions(line))
            {
                continue;
            }

            // Remove the line with its own line break; the last line has none, and keeps the break before it, which
            // belongs to the line above (and DIN0055 may be mending it).
            var removal = line.Span with { Length = line.Span.Length + line.LineBreak.Length() };
            context.Report(line.Span, $"line {line.Number} is blank; remove it", RuleContext.Replace("Remove the blank line", removal, string.Empty));
        }
    }
}
