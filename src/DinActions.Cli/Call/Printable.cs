using System.Globalization;
using System.Text;

namespace DinActions.Cli.Call;

/// <summary>
/// Makes text from a server safe to print: control characters, line separators, bidirectional
/// overrides and lone surrogates become visible escapes, so a hostile answer can neither move the
/// cursor, recolour the terminal, forge output lines nor reorder what is shown.
/// </summary>
internal static class Printable
{
    /// <summary><paramref name="text"/> with every unsafe character written as an escape (<c>\n</c>, <c>\u001B</c>, <c>\u202E</c>).</summary>
    public static string Escape(string text)
    {
        var firstUnsafe = IndexOfUnsafe(text);
        if (firstUnsafe < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, firstUnsafe);
        for (var index = firstUnsafe; index < text.Length; index++)
        {
            var c = text[index];
            if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                builder.Append(c).Append(text[++index]);
                continue;
            }

            builder.Append(IsUnsafe(c) ? EscapeOf(c) : c.ToString());
        }

        return builder.ToString();
    }

    /// <summary>At most <paramref name="max"/> characters of <paramref name="text"/>, escaped, with an ellipsis when cut.</summary>
    public static string Clip(string text, int max = 60) =>
        Escape(text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…"));

    /// <summary>Bytes shown as text where they are printable ASCII and as <c>\xNN</c> elsewhere: how the first bytes of a file look.</summary>
    public static string Bytes(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            if (b is >= 0x20 and < 0x7F and not (byte)'\\' and not (byte)'`')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\x{b:X2}");
            }
        }

        return builder.ToString();
    }

    private static int IndexOfUnsafe(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            var c = text[index];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
                {
                    index++;
                    continue;
                }

                return index;
            }

            if (IsUnsafe(c))
            {
                return index;
            }
        }

        return -1;
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || char.IsSurrogate(c)
        || c is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    private static string EscapeOf(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
    };
}
