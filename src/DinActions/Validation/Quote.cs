namespace DinActions.Validation;

/// <summary>Puts user text into messages: in backticks, clipped, with invisible characters made visible.</summary>
internal static class Quote
{
    private const int MaxLength = 40;

    /// <summary>
    /// <paramref name="text"/> cut to <paramref name="max"/> characters, with an ellipsis when cut, invisible
    /// characters shown as <c>U+XXXX</c>; for text the message puts in backticks itself.
    /// </summary>
    public static string Shorten(ReadOnlySpan<char> text, int max = 60) => Visible(text, max, backticks: false);

    /// <summary><paramref name="text"/> in backticks, cut to a readable length, control characters shown as <c>U+XXXX</c>.</summary>
    public static string Clip(ReadOnlySpan<char> text) => Visible(text, MaxLength, backticks: true);

    private static bool IsFormat(char c) =>
        System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

    private static string Visible(ReadOnlySpan<char> text, int max, bool backticks)
    {
        var builder = new System.Text.StringBuilder(Math.Min(text.Length, max) + 8);
        if (backticks)
        {
            builder.Append('`');
        }

        var shown = 0;
        foreach (var c in text)
        {
            if (shown >= max)
            {
                builder.Append('…');
                break;
            }

            // Format characters (bidi overrides, zero-width marks, U+FEFF) are invisible or reorder what follows:
            // shown as a code, a message cannot be made to read other than it is.
            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '`' || IsFormat(c))
            {
                builder.Append(c == '`' ? "'" : $"U+{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }

            shown++;
        }

        return (backticks ? builder.Append('`') : builder).ToString();
    }
}
