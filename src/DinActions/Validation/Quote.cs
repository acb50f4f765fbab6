using DinActions.Diagnostics;

namespace DinActions.Validation;

/// <summary>Puts user text into messages: the message mode of <see cref="PrintableText"/>, with the rules' lengths.</summary>
internal static class Quote
{
    private const int MaxLength = 40;

    /// <summary>
    /// <paramref name="text"/> cut to <paramref name="max"/> characters, with an ellipsis when cut, unsafe
    /// characters shown as <c>U+XXXX</c>; for text the message puts in backticks itself.
    /// </summary>
    public static string Shorten(ReadOnlySpan<char> text, int max = 60) => PrintableText.MessageText(text, max);

    /// <summary><paramref name="text"/> in backticks, cut to a readable length, unsafe characters shown as <c>U+XXXX</c>.</summary>
    public static string Clip(ReadOnlySpan<char> text) => PrintableText.Quote(text, MaxLength);
}
