namespace DinActions.Syntax;

/// <summary>
/// Facts of the language that the parser, the binder, the rules and the emitter all rely on, kept in one place
/// so that they cannot drift apart: which characters separate arguments, how text is quoted, how long a
/// number may be.
/// </summary>
internal static class SyntaxFacts
{
    /// <summary>E.164's limit on the digits of a number, country code included.</summary>
    public const int MaxNumberDigits = 15;

    /// <summary>A blank between arguments: a space, or a tab (tolerated, DIN0054).</summary>
    public static bool IsBlank(char c) => ScriptParser.IsBlank(c);

    /// <summary>A character that ends a line: <c>\n</c> or <c>\r</c>.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r';

    /// <summary>The length of <paramref name="text"/> between double quotes, with <c>"</c> and <c>\</c> escaped.</summary>
    public static int QuotedLength(ReadOnlySpan<char> text) => text.Length + 2 + text.Count('"') + text.Count('\\');

    /// <summary>Puts text between double quotes, escaping the quote and the backslash and nothing else.</summary>
    public static string Quote(ReadOnlySpan<char> text)
    {
        var length = QuotedLength(text);
        var destination = length <= 256 ? stackalloc char[length] : new char[length];
        WriteQuoted(text, destination);
        return destination.ToString();
    }

    /// <summary>Writes text between double quotes into <paramref name="destination"/>, long enough; returns how many characters.</summary>
    public static int WriteQuoted(ReadOnlySpan<char> text, Span<char> destination)
    {
        var written = 0;
        destination[written++] = '"';
        while (!text.IsEmpty)
        {
            var special = text.IndexOfAny('"', '\\');
            var plain = special < 0 ? text : text[..special];
            plain.CopyTo(destination[written..]);
            written += plain.Length;
            if (special < 0)
            {
                break;
            }

            destination[written++] = '\\';
            destination[written++] = text[special];
            text = text[(special + 1)..];
        }

        destination[written++] = '"';
        return written;
    }

    /// <summary>
    /// The text between the quotes of the quoted text at <paramref name="span"/> of <paramref name="text"/> (quotes
    /// included), with <c>\"</c> and <c>\\</c> read as the characters they stand for; a last, lone backslash
    /// stands for itself.
    /// </summary>
    public static string Unquote(string text, SourceSpan span)
    {
        var inner = text.AsSpan(span.Offset + 1, span.Length - 2);
        var escapes = CountEscapes(inner);
        if (escapes == 0)
        {
            return inner.ToString();
        }

        // Written once into a string of the exact length: a long text is not copied through a buffer.
        return string.Create(inner.Length - escapes, (Text: text, Start: span.Offset + 1, inner.Length), static (destination, state) =>
        {
            var source = state.Text.AsSpan(state.Start, state.Length);
            var written = 0;
            for (var index = 0; index < source.Length; index++)
            {
                if (source[index] == '\\' && index + 1 < source.Length)
                {
                    index++;
                }

                destination[written++] = source[index];
            }
        });
    }

    /// <summary>How many backslashes escape the character after them.</summary>
    private static int CountEscapes(ReadOnlySpan<char> inner)
    {
        var escapes = 0;
        for (var index = inner.IndexOf('\\'); index >= 0 && index + 1 < inner.Length;)
        {
            escapes++;
            var from = index + 2;
            var next = from >= inner.Length ? -1 : inner[from..].IndexOf('\\');
            index = next < 0 ? -1 : from + next;
        }

        return escapes;
    }
}
