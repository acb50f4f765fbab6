using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0005: <c>--caller</c> on an action other than <c>transfer</c>.</summary>
internal sealed class OptionNotAllowedRule : Rule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.OptionNotAllowed,
        "Option on the wrong action",
        DiagnosticSeverity.Error,
        "`--caller=` sets the caller ID of a transferred call, so only `transfer` takes it. On another action it means nothing to the cloud.",
        "say en \"Hello\" --caller=+8190123456789",
        "say en \"Hello\"",
        "Remove the option, or move it to the `transfer` action it belongs to.");

    public override void CheckAction(BoundAction action, ref RuleContext context)
    {
        if (!action.Defects.Has(ValueDefect.OptionNotAllowed) || action.AssumedKind is not { } kind)
        {
            return;
        }

        foreach (var option in action.Options)
        {
            if (option.Name == BoundOption.CallerName)
            {
                context.Report(option.FullSpan, $"`--caller` only goes with `transfer`, not `{ActionNames.NameOf(kind)}`; remove it", RuleContext.Replace("Remove the option", WithLeadingBlanks(option.FullSpan, context.Text), string.Empty));
            }
        }
    }

    // The option and the blanks before it, so that removing it leaves no double or trailing blank.
    private static SourceSpan WithLeadingBlanks(SourceSpan span, string text)
    {
        var start = span.Offset;
        while (start > 0 && SyntaxFacts.IsBlank(text[start - 1]))
        {
            start--;
        }

        return new SourceSpan(start, span.End - start, span.Line, span.Column - (span.Offset - start));
    }
}
