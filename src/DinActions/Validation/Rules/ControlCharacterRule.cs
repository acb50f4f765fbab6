using System.Globalization;
using DinActions.Diagnostics;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0034: control characters, line separators or broken UTF-16 in a line.</summary>
internal sealed class ControlCharacterRule : LineRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.ControlCharacter,
        "Control character",
        DiagnosticSeverity.Error,
        "An action line is printable text. Control characters (NUL, escape, tab inside text), Unicode line separators and unpaired surrogates cannot be sent as text: they break the line, vanish, or turn into replacement characters on the way to the cloud.",
        "say en \"Hello\u0007\"",
        "say en \"Hello\"",
        "Remove the character. A tab between arguments is a separate warning (DIN0054); inside text, use a blank.");

    public override void CheckLine(LineSyntax line, ref RuleContext context)
    {
        var text = context.TextOf(line.Span);

        // Most lines have none of them (emoji, as surrogate pairs, are fine): a vectorised search, then the
        // character-by-character pass, which tells a tab inside text from one between arguments, only if needed.
        if (LineCharacters.IndexOfForbidden(text) < 0)
        {
            return;
        }

        var first = -1;
        var count = 0;
        var token = 0;
        for (var index = 0; index < text.Length; index++)
        {
            // Tokens are in order, so one pass finds the token around each character without searching.
            var offset = line.Span.Offset + index;
            while (token < line.Tokens.Length && line.Tokens[token].Span.End <= offset)
            {
                token++;
            }

            var insideQuotedText = token < line.Tokens.Length && line.Tokens[token] is { Kind: TokenKind.QuotedText } quoted
                && offset > quoted.Span.Offset;
            if (IsForbidden(text, index, insideQuotedText))
            {
                first = first < 0 ? index : first;
                count++;
            }
        }

        if (first < 0)
        {
            return;
        }

        var span = line.Span with { Offset = line.Span.Offset + first, Column = line.Span.Column + first, Length = 1 };
        var more = count > 1 ? string.Create(CultureInfo.InvariantCulture, $" (and {count - 1} more on this line)") : string.Empty;
        context.Report(span, $"{Describe(text[first])} cannot be sent in an action line; remove it{more}");
    }

    private static bool IsForbidden(ReadOnlySpan<char> text, int index, bool insideQuotedText)
    {
        var c = text[index];
        if (c == '\t')
        {
            return insideQuotedText;
        }

        return char.IsControl(c) || c is '\u2028' or '\u2029'
            || (char.IsHighSurrogate(c) && (index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1])))
            || (char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(text[index - 1])));
    }

    private static string Describe(char c) => c switch
    {
        '\0' => "a NUL character (U+0000)",
        '\t' => "a tab inside text (U+0009)",
        '\u2028' or '\u2029' => $"a Unicode line separator ({PrintableText.CodePoint(c)})",
        _ when char.IsSurrogate(c) => $"an unpaired surrogate ({PrintableText.CodePoint(c)}, not valid text)",
        _ => $"the control character {PrintableText.CodePoint(c)}",
    };
}
