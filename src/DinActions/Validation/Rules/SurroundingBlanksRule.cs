using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0053: blanks before or after the action on a line.</summary>
internal sealed class SurroundingBlanksRule : LineRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.SurroundingBlanks,
        "Blanks around the action",
        DiagnosticSeverity.Warning,
        "Leading and trailing blanks are tolerated here, but the cloud reads the answer as it is, and a blank before the action name may not be accepted. They usually come from a template.",
        "  say en \"Hello\"  ",
        "say en \"Hello\"",
        "Remove the blanks; the fix does it.");

    public override void CheckLine(LineSyntax line, ref RuleContext context)
    {
        if (line.IsBlank)
        {
            return;
        }

        var contentStart = line.Number == 1 && context.Tree.HasByteOrderMark ? 1 : line.Span.Offset;
        var first = line.Tokens[0].Span;
        if (first.Offset > contentStart)
        {
            var leading = new SourceSpan(contentStart, first.Offset - contentStart, line.Number, line.Span.Column + (contentStart - line.Span.Offset));
            context.Report(leading, "blanks before the action; remove them", RuleContext.Replace("Remove the blanks", leading, string.Empty));
        }

        var last = line.Tokens[^1].Span;
        if (last.End < line.Span.End)
        {
            var trailing = new SourceSpan(last.End, line.Span.End - last.End, line.Number, last.EndColumn);
            context.Report(trailing, "blanks after the action; remove them", RuleContext.Replace("Remove the blanks", trailing, string.Empty));
        }
    }
}
