using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0055: a line that ends in <c>\r\n</c> or a lone <c>\r</c>.</summary>
internal sealed class LineEndingRule : LineRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.LineEnding,
        "Carriage return in line ending",
        DiagnosticSeverity.Warning,
        "Lines end with `\\n`. A Windows `\\r\\n` or an old Mac `\\r` is read as a line break here, but the `\\r` may reach the cloud as part of the action.",
        "say en \"Hello\"\r\n",
        "say en \"Hello\"\n",
        "Save the file with Unix line endings (`\\n`); the fix does it.");

    public override void CheckLine(LineSyntax line, ref RuleContext context)
    {
        // `\n` is the canonical break; any longer or other break carries a carriage return.
        var length = line.LineBreak is LineBreakKind.CarriageReturnLineFeed or LineBreakKind.CarriageReturn ? line.LineBreak.Length() : 0;

        // A blank line among actions goes with its break (DIN0057): mending the break as well would be a second fix on it.
        if (length > 0 && !context.Script.IsBlankAmongActions(line))
        {
            var span = new SourceSpan(line.Span.End, length, line.Number, line.Span.EndColumn);
            var written = length == 2 ? "`\\r\\n`" : "a lone `\\r`";
            context.Report(span, $"line {line.Number} ends with {written}; use `\\n`", RuleContext.Replace("Replace with \\n", span, "\n"));
        }
    }
}
