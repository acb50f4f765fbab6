using System.Text;

namespace DinActions.Provisioning.Transport;

/// <summary>Makes text from a provider safe to print on one line of a terminal.</summary>
/// <remarks>
/// The same characters are unsafe here as in the core's <c>Diagnostics/PrintableText</c> (controls, format
/// characters, line and paragraph separators, lone surrogates), but this library does not reference the core,
/// so it keeps this one small routine. It drops them rather than escaping: the text is the provider's prose,
/// read by people in an exception message, where an escape would be noise.
/// </remarks>
internal static class OneLine
{
    /// <summary>The most characters of a provider's text a message keeps.</summary>
    public const int MaxLength = 300;

    /// <summary>
    /// Collapses white space, drops control characters (a provider's message must not move the
    /// cursor or recolour a terminal) and clips to <see cref="MaxLength"/> characters.
    /// </summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength + 1));
        var pendingSpace = false;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (char.IsControl(character) || char.GetUnicodeCategory(character) == System.Globalization.UnicodeCategory.Format || IsLoneSurrogate(text, index))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
            if (builder.Length > MaxLength)
            {
                return builder.ToString(0, MaxLength) + "…";
            }
        }

        return builder.ToString();
    }

    private static bool IsLoneSurrogate(string text, int index) => char.IsHighSurrogate(text[index])
        ? index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1])
        : char.IsLowSurrogate(text[index]) && (index == 0 || !char.IsHighSurrogate(text[index - 1]));
}
