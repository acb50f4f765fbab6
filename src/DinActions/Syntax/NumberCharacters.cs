namespace DinActions.Syntax;

/// <summary>The characters people write phone numbers with, in ASCII and in full width.</summary>
internal static class NumberCharacters
{
    /// <summary>An ASCII or full-width decimal digit.</summary>
    public static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    /// <summary>A full-width digit or plus sign, as Japanese input methods type them.</summary>
    public static bool IsFullWidth(char c) => c is (>= '０' and <= '９') or '＋';

    /// <summary>Punctuation used to group digits: hyphens, dots, slashes, parentheses, in ASCII or full width.</summary>
    public static bool IsSeparator(char c) => c is '-' or '.' or '/' or '(' or ')' or '－' or '．' or '（' or '）' or 'ー' or '‐' or '‑' or '–';

    /// <summary>The ASCII form of a full-width digit or plus sign; any other character unchanged.</summary>
    public static char ToAscii(char c) => c switch
    {
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        '＋' => '+',
        _ => c,
    };
}
