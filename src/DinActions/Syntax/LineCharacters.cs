using System.Buffers;

namespace DinActions.Syntax;

/// <summary>The characters an action line cannot carry, and a quick way to find them.</summary>
internal static class LineCharacters
{
    /// <summary>
    /// Every character that may be forbidden: controls (the tab among them), the Unicode line and paragraph
    /// separators, and surrogates (forbidden only when unpaired). A line without any of them is clean,
    /// which one vectorised search tells; only a line with one needs a look at each character.
    /// </summary>
    public static readonly SearchValues<char> Suspicious = SearchValues.Create(
        [.. Range('\0', '\x1F'), .. Range('\x7F', '\x9F'), '\u2028', '\u2029', .. Range('\uD800', '\uDFFF')]);

    /// <summary>The ASCII characters.</summary>
    /// <remarks>
    /// Searched as <see cref="SearchValues{T}"/> rather than with <c>IndexOfAnyExceptInRange</c>, which boxes its
    /// bounds until the JIT optimises the caller, and so allocates on every call in code not yet tiered up.
    /// </remarks>
    public static readonly SearchValues<char> Ascii = SearchValues.Create([.. Range('\0', '\x7F')]);

    /// <summary>The ASCII digits.</summary>
    public static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    /// <summary>The index of the first character of <paramref name="text"/> that no action line can carry, or -1.</summary>
    /// <param name="text">The text to search.</param>
    /// <param name="allowTab">Whether a tab is let through (between arguments it is only a warning).</param>
    public static int IndexOfForbidden(ReadOnlySpan<char> text, bool allowTab = false)
    {
        // Emoji and other characters beyond the BMP are surrogate pairs, which are fine: after each allowed
        // character the search jumps to the next suspicious one instead of walking the rest of the line.
        var index = text.IndexOfAny(Suspicious);
        while (index >= 0)
        {
            var c = text[index];
            var allowed = 1;
            if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                allowed = 2;
            }
            else if (!(allowTab && c == '\t'))
            {
                return index;
            }

            index += allowed;
            var next = text[index..].IndexOfAny(Suspicious);
            index = next < 0 ? -1 : index + next;
        }

        return -1;
    }

    private static IEnumerable<char> Range(char first, char last) =>
        Enumerable.Range(first, last - first + 1).Select(code => (char)code);
}
