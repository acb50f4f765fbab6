using DinActions.Syntax;

namespace DinActions.Validation;

/// <summary>What a written phone number is made of, so that each number rule reports its own problem only.</summary>
internal readonly record struct NumberAnalysis(
    bool HasPlus,
    int Digits,
    char FirstDigit,
    bool HasFullWidth,
    bool HasSeparators,
    bool HasForeignCharacters,
    bool PlusIsMisplaced)
{
    /// <summary>Plain E.164 syntax: <c>+</c>, a digit other than 0, at most 15 digits, nothing else.</summary>
    public bool IsE164 => HasPlus && !PlusIsMisplaced && !HasFullWidth && !HasSeparators && !HasForeignCharacters
        && Digits is >= 1 and <= MaxDigits && FirstDigit != '0';

    /// <summary>Digits only, once separators and full-width forms are set aside: the rules about digits apply.</summary>
    public bool IsNumeric => !HasForeignCharacters && Digits > 0;

    public const int MaxDigits = Syntax.SyntaxFacts.MaxNumberDigits;

    public static NumberAnalysis Of(ReadOnlySpan<char> written)
    {
        // The usual case, `+` and ASCII digits, decided without looking at each character in turn.
        if (written.Length > 1 && written[0] == '+' && !written[1..].ContainsAnyExcept(LineCharacters.Digits))
        {
            return new NumberAnalysis(HasPlus: true, written.Length - 1, written[1], HasFullWidth: false, HasSeparators: false, HasForeignCharacters: false, PlusIsMisplaced: false);
        }

        var hasPlus = false;
        var plusIsMisplaced = false;
        var digits = 0;
        var firstDigit = '\0';
        var hasFullWidth = false;
        var hasSeparators = false;
        var hasForeign = false;
        for (var index = 0; index < written.Length; index++)
        {
            var c = written[index];
            hasFullWidth |= NumberCharacters.IsFullWidth(c);
            var ascii = NumberCharacters.ToAscii(c);
            if (ascii == '+')
            {
                plusIsMisplaced |= index > 0 || hasPlus;
                hasPlus = true;
            }
            else if (ascii is >= '0' and <= '9')
            {
                firstDigit = digits == 0 ? ascii : firstDigit;
                digits++;
            }
            else if (NumberCharacters.IsSeparator(c) || c is ' ' or '\t')
            {
                hasSeparators = true;
            }
            else
            {
                hasForeign = true;
            }
        }

        return new NumberAnalysis(hasPlus, digits, firstDigit, hasFullWidth, hasSeparators, hasForeign, plusIsMisplaced);
    }

    /// <summary>The number with full-width forms made ASCII and separators and blanks removed.</summary>
    public static string Normalize(ReadOnlySpan<char> written)
    {
        var result = new System.Text.StringBuilder(written.Length);
        foreach (var c in written)
        {
            var ascii = NumberCharacters.ToAscii(c);
            if (ascii == '+' || ascii is >= '0' and <= '9')
            {
                result.Append(ascii);
            }
        }

        return result.ToString();
    }
}
