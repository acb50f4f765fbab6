using System.Buffers;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0059: an ideographic space (U+3000) where a blank belongs.</summary>
internal sealed class IdeographicSpaceRule : LineRule
{
    private const char IdeographicSpace = '\u3000';

    private const string Message = "an ideographic space (U+3000) is not a blank in an action line; use an ASCII space";

    private static readonly SearchValues<char> IdeographicSpaces = SearchValues.Create([IdeographicSpace]);

    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.IdeographicSpace,
        "Ideographic space between arguments",
        DiagnosticSeverity.Error,
        "Japanese input methods type the full-width space U+3000 (`　`) between words. It looks like a blank, but arguments are separated by ASCII spaces only: `transfer　+81...` is one unknown word to the cloud. Inside quoted text it is part of what is read, and allowed.",
        "transfer\u3000+81336042000",
        "transfer +81336042000",
        "Replace the ideographic space with an ASCII space; the fix does it.");

    public override void CheckLine(LineSyntax line, ref RuleContext context)
    {
        if (!context.TextOf(line.Span).Contains(IdeographicSpace))
        {
            return;
        }

        foreach (var token in line.Tokens)
        {
            if (token.Kind == TokenKind.QuotedText)
            {
                continue;
            }

            context.ReportEach(token.Span, IdeographicSpaces, static _ => Message, "Replace with a space", " ");
        }
    }
}
