using System.Globalization;
using System.Text;

namespace DinActions.Diagnostics;

/// <summary>
/// The one place that decides how input text is shown in a message, a terminal line, a log line or a report,
/// so that no input can ring, recolour or move a terminal, forge a line, vanish, or reorder what is read.
/// </summary>
/// <remarks>
/// <para>
/// Unsafe, in every mode: control characters (Cc, C0 and C1, line breaks and tabs included), format characters
/// (Cf: bidi embeddings, overrides, isolates and marks, zero-width characters, the byte order mark), the line and
/// paragraph separators U+2028 and U+2029, and a surrogate that is not half of a pair. The modes differ only in
/// how they show an unsafe character:
/// </para>
/// <list type="bullet">
/// <item><description><see cref="Quote"/> and <see cref="MessageText"/>, in diagnostic messages: <c>U+XXXX</c>, and a backtick as <c>'</c> so that quoting stays unambiguous.</description></item>
/// <item><description><see cref="Escape"/> and <see cref="Clip"/>, on one terminal or log line: <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\uXXXX</c>.</description></item>
/// <item><description><see cref="LogValue"/>, a quoted value in a <c>key=value</c> log line: as <see cref="Escape"/>, with <c>"</c> and <c>\</c> escaped too.</description></item>
/// <item><description><see cref="ExcerptCell"/>, the source line under a caret: a dot, one column.</description></item>
/// <item><description><see cref="WellFormed"/>, a value a report carries as it is (a path): a lone surrogate as U+FFFD, nothing else changed.</description></item>
/// <item><description><see cref="Bytes"/>, raw bytes: printable ASCII as is, anything else as <c>\xNN</c>.</description></item>
/// </list>
/// </remarks>
internal static class PrintableText
{
    /// <summary>What <see cref="ExcerptCell"/> draws instead of a character that would not print, or would reorder the line.</summary>
    public const char Unprintable = '·';

    /// <summary>What ends a clipped text.</summary>
    public const char Ellipsis = '…';

    /// <summary>Whether <paramref name="c"/>, judged alone, is unsafe to show; a surrogate always is (see <see cref="IsUnsafeAt"/> for pairs).</summary>
    public static bool IsUnsafe(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate => true,
        _ => false,
    };

    /// <summary>Whether the character at <paramref name="index"/> is unsafe; half of a surrogate pair is not.</summary>
    public static bool IsUnsafeAt(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        return char.IsLowSurrogate(c) ? index == 0 || !char.IsHighSurrogate(text[index - 1]) : IsUnsafe(c);
    }

    /// <summary>The code of <paramref name="c"/> as a message writes it: <c>U+202E</c>.</summary>
    public static string CodePoint(char c) => string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");

    /// <summary>
    /// Message mode, in backticks: at most <paramref name="max"/> characters of <paramref name="text"/>, an ellipsis
    /// when cut, unsafe characters as <c>U+XXXX</c>, a backtick as <c>'</c>.
    /// </summary>
    public static string Quote(ReadOnlySpan<char> text, int max) => Message(text, max, backticks: true);

    /// <summary>Message mode, for text the message puts in backticks itself: as <see cref="Quote"/>, without the backticks.</summary>
    public static string MessageText(ReadOnlySpan<char> text, int max) => Message(text, max, backticks: false);

    /// <summary>
    /// Report mode, for a value a JSON or SARIF report or a URI carries as it is (a path): <paramref name="text"/> with
    /// each surrogate that is not half of a pair as U+FFFD, which UTF-8 can hold; the same string when there is none.
    /// </summary>
    public static string WellFormed(string text)
    {
        var lone = IndexOfLoneSurrogate(text, 0);
        if (lone < 0)
        {
            return text;
        }

        var characters = text.ToCharArray();
        for (; lone >= 0; lone = IndexOfLoneSurrogate(text, lone + 1))
        {
            characters[lone] = '\uFFFD';
        }

        return new string(characters);
    }

    private static int IndexOfLoneSurrogate(string text, int from)
    {
        for (var index = from; index < text.Length; index++)
        {
            var found = text.AsSpan(index).IndexOfAnyInRange('\uD800', '\uDFFF');
            if (found < 0)
            {
                return -1;
            }

            index += found;
            if (IsUnsafeAt(text, index))
            {
                return index;
            }

            // The first half of a pair: its second half is not lone either.
            index += char.IsHighSurrogate(text[index]) ? 1 : 0;
        }

        return -1;
    }

    /// <summary>Terminal and log-line mode: <paramref name="text"/> with every unsafe character as <c>\n</c>, <c>\r</c>, <c>\t</c> or <c>\uXXXX</c>.</summary>
    public static string Escape(ReadOnlySpan<char> text)
    {
        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text.ToString();
        }

        var builder = new StringBuilder(text.Length + 16).Append(text[..first]);
        for (var index = first; index < text.Length; index++)
        {
            AppendEscaped(builder, text, index);
        }

        return builder.ToString();
    }

    /// <summary>Terminal and log-line mode, clipped: at most <paramref name="max"/> characters, an ellipsis when cut, then <see cref="Escape"/>d.</summary>
    public static string Clip(ReadOnlySpan<char> text, int max = 60) =>
        text.Length <= max ? Escape(text) : Escape(text[..max]) + Ellipsis;

    /// <summary>
    /// Log-value mode: <paramref name="text"/> in double quotes, at most <paramref name="max"/> characters and an
    /// ellipsis when cut, unsafe characters escaped as by <see cref="Escape"/>, and <c>"</c> and <c>\</c> as <c>\"</c>
    /// and <c>\\</c>, so that a value can neither end its quotes nor forge another field.
    /// </summary>
    public static string LogValue(ReadOnlySpan<char> text, int max)
    {
        var shown = text[..Math.Min(text.Length, max)];
        var builder = new StringBuilder(shown.Length + 4).Append('"');
        for (var index = 0; index < shown.Length; index++)
        {
            if (shown[index] is '"' or '\\')
            {
                builder.Append('\\').Append(shown[index]);
            }
            else
            {
                AppendEscaped(builder, shown, index);
            }
        }

        if (text.Length > max)
        {
            builder.Append(Ellipsis);
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Excerpt mode, one UTF-16 unit at a time: what a source excerpt draws for <paramref name="c"/> and how many
    /// columns a terminal gives it. A tab is a space; an unsafe character is <see cref="Unprintable"/>; so is each
    /// half of a surrogate pair, which a window may cut, drawn as two dots in the two columns of most emoji.
    /// Combining marks take no column and East Asian wide characters two.
    /// </summary>
    public static (char Shown, int Width) ExcerptCell(char c)
    {
        if (c == '\t')
        {
            return (' ', 1);
        }

        if (IsUnsafe(c))
        {
            return (Unprintable, 1);
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => (c, 0),
            _ => (c, IsWide(c) ? 2 : 1),
        };
    }

    /// <summary>Bytes mode: printable ASCII as is (but <c>\</c> and the backtick), anything else as <c>\xNN</c>; how the first bytes of a file look.</summary>
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

    private static string Message(ReadOnlySpan<char> text, int max, bool backticks)
    {
        var shown = text[..Math.Min(text.Length, max)];
        var builder = new StringBuilder(shown.Length + 8);
        if (backticks)
        {
            builder.Append('`');
        }

        for (var index = 0; index < shown.Length; index++)
        {
            var c = shown[index];
            if (c == '`')
            {
                builder.Append('\'');
            }
            else if (IsUnsafeAt(shown, index))
            {
                builder.Append(CodePoint(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        if (text.Length > max)
        {
            builder.Append(Ellipsis);
        }

        return (backticks ? builder.Append('`') : builder).ToString();
    }

    private static void AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (!IsUnsafeAt(text, index))
        {
            builder.Append(c);
            return;
        }

        switch (c)
        {
            case '\n':
                builder.Append("\\n");
                break;
            case '\r':
                builder.Append("\\r");
                break;
            case '\t':
                builder.Append("\\t");
                break;
            default:
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                break;
        }
    }

    private static int IndexOfUnsafe(ReadOnlySpan<char> text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            if (IsUnsafeAt(text, index))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a terminal draws <paramref name="c"/> two columns wide: the East Asian wide and fullwidth
    /// blocks (Hangul, CJK punctuation, kana, ideographs, fullwidth forms).
    /// </summary>
    private static bool IsWide(char c) => c switch
    {
        >= '\u1100' and <= '\u115F' => true,
        >= '\u2E80' and <= '\u303E' => true,
        >= '\u3041' and <= '\u33FF' => true,
        >= '\u3400' and <= '\u4DBF' => true,
        >= '\u4E00' and <= '\u9FFF' => true,
        >= '\uA000' and <= '\uA4CF' => true,
        >= '\uAC00' and <= '\uD7A3' => true,
        >= '\uF900' and <= '\uFAFF' => true,
        >= '\uFE30' and <= '\uFE4F' => true,
        >= '\uFF00' and <= '\uFF60' => true,
        >= '\uFFE0' and <= '\uFFE6' => true,
        _ => false,
    };
}
