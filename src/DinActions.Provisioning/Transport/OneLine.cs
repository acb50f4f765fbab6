using System.Text;

namespace DinActions.Provisioning;

/// <summary>Makes text from a provider safe to print on one line of a terminal.</summary>
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
        foreach (var character in text)
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (char.IsControl(character) || char.GetUnicodeCategory(character) == System.Globalization.UnicodeCategory.Format)
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
}
