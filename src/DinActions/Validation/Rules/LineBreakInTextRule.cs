using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0033: quoted text that runs over a line break.</summary>
internal sealed class LineBreakInTextRule : LineRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.LineBreakInText,
        "Line break inside text",
        DiagnosticSeverity.Error,
        "An action is one line. A line break inside quoted text ends the action there: the cloud reads an unterminated text, then a second line that is no action at all.",
        "say en \"Hello,\nhow are you?\"",
        "say en \"Hello, how are you?\"",
        "Join the lines with a blank; the fix does it.");

    public override void CheckLine(LineSyntax line, ref RuleContext context)
    {
        if (!context.Script.ContinuesOnNextLine(line))
        {
            return;
        }

        var text = line.Tokens[^1];
        var breakSpan = new SourceSpan(line.Span.End, line.LineBreak.Length(), line.Number, line.Span.EndColumn);
        context.Report(text.Span, $"the text {Quote.Clip(context.TextOf(text.Span))} continues on line {line.Number + 1}; an action is one line, so join them", RuleContext.Replace("Join the lines", breakSpan, " "));
    }
}
