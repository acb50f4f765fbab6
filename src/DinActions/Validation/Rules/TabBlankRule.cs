using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0054: a tab between arguments.</summary>
internal sealed class TabBlankRule : LineRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.TabBlank,
        "Tab between arguments",
        DiagnosticSeverity.Warning,
        "Arguments are separated by spaces. Tabs are read as blanks here, but the provider documents spaces, and a tab is easy to mistake for spaces when reading the line.",
        "say\ten \"Hello\"",
        "say en \"Hello\"",
        "Separate arguments with one space; the fix does it.");

    public override void CheckLine(LineSyntax line, ref RuleContext context)
    {
        for (var index = 1; index < line.Tokens.Length; index++)
        {
            var before = line.Tokens[index - 1].Span;
            var after = line.Tokens[index].Span;
            var gap = new SourceSpan(before.End, after.Offset - before.End, line.Number, before.EndColumn);
            if (context.TextOf(gap).Contains('\t'))
            {
                context.Report(gap, "a tab separates these arguments; use one space", RuleContext.Replace("Replace with one space", gap, " "));
            }
        }
    }
}
