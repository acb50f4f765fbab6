using System.Collections.Immutable;
using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0057: a blank line among the actions.</summary>
internal sealed class BlankLineRule : Rule
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
        // A script of blank lines only is empty (DIN0050), not a script with blank lines.
        // A one-line script has no blank line unless it is empty, which is the case above.
        var tree = script.Tree;
        if (tree.Lines.Length == 1 || !script.Actions.Any())
        {
            return;
        }

        foreach (var line in tree.Lines)
        {
            Check(line, tree.Lines, ref context);
        }
    }

    private static void Check(LineSyntax line, ImmutableArray<LineSyntax> lines, ref RuleContext context)
    {
        var isFinalEmptyLine = line.Number == lines.Length && line.Span.Length == 0 && lines.Length > 1;
        if (!line.IsBlank || isFinalEmptyLine)
        {
            return;
        }

        // Remove the line with its own line break, or, for the last line, with the break before it.
        var end = line.Span.End + line.LineBreak.Length();
        var removal = line.LineBreak == LineBreakKind.None && line.Number > 1 && lines[line.Number - 2] is var previous
            ? new SourceSpan(previous.Span.End, end - previous.Span.End, previous.Number, previous.Span.EndColumn)
            : new SourceSpan(line.Span.Offset, end - line.Span.Offset, line.Number, line.Span.Column);
        context.Report(line.Span, $"line {line.Number} is blank; remove it", RuleContext.Replace("Remove the blank line", removal, string.Empty));
    }
}
