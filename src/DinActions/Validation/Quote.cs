namespace DinActions.Validation;

/// <summary>Puts user text into messages: in backticks, clipped, with invisible characters made visible.</summary>
internal static class Quote
{
    private const int MaxLength = 40;

    /// <summary><paramref name="text"/> cut to <paramref name="max"/> characters, with an ellipsis when cut; for text the message puts in backticks itself.</summary>
    public static string Shorten(ReadOnlySpan<char> text, int max = 60) =>
        text.Length <= max ? text.ToString() : string.Concat(text[..max], "…");

    /// <summary><paramref name="text"/> in backticks, cut to a readable length, control characters shown as <c>U+XXXX</c>.</summary>
    public static string Clip(ReadOnlySpan<char> text)
    {
        var builder = new System.Text.StringBuilder(Math.Min(text.Length, MaxLength) + 8);
        builder.Append('`');
        var shown = 0;
        foreach (var c in text)
        {
            if (shown >= MaxLength)
            {
                builder.Append('…');
                break;
            }

            // Format characters (bidi overrides, zero-width marks, U+FEFF) are invisible or reorder what follows:
            // shown as a code, a message cannot be made to read other than it is.
            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '`'
                || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                builder.Append(c == '`' ? "'" : $"U+{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }

            shown++;
        }

        return builder.Append('`').ToString();
    }
}
