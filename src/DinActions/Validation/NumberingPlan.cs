using System.Collections.Frozen;
using PhoneNumbers;

namespace DinActions.Validation;

/// <summary>
/// Whether a plain E.164 number (<see cref="NumberAnalysis.IsE164"/>) is a valid number of its country's
/// numbering plan, as libphonenumber's <see cref="PhoneNumberUtil.Parse(string, string)"/> and
/// <see cref="PhoneNumberUtil.IsValidNumber"/> decide it.
/// </summary>
/// <remarks>
/// libphonenumber tells an unknown country code and a number too short to parse by throwing, which costs
/// more than the rest of the check together; a log of random numbers has many of both. Those two answers
/// follow from the digits and the list of calling codes alone, so they are given before parsing.
/// </remarks>
internal static class NumberingPlan
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    private static readonly FrozenSet<int> CallingCodes = Phones.GetSupportedCallingCodes().ToFrozenSet();

    // libphonenumber's bounds, which it reports by throwing: at least three digits after `+` (fewer are no
    // number, or too short after an international prefix), and at least two after the country code.
    private const int MinDigits = 3;
    private const int MinNationalDigits = 2;
    private const int MaxCountryCodeDigits = 3;

    /// <summary>The answer for <paramref name="number"/>, <c>+</c> and ASCII digits, the first not 0.</summary>
    public static NumberingPlanAnswer Check(ReadOnlySpan<char> number)
    {
        var digits = number[1..];
        if (digits.Length < MinDigits)
        {
            return new(NumberingPlanVerdict.TooShort);
        }

        if (!TryReadCountryCode(digits, out var countryCode, out var countryCodeDigits))
        {
            return new(NumberingPlanVerdict.UnknownCountryCode);
        }

        if (digits.Length - countryCodeDigits < MinNationalDigits)
        {
            return new(NumberingPlanVerdict.TooShort);
        }

        return CheckParsed(number.ToString());
    }

    /// <summary>The region of <paramref name="countryCode"/> that libphonenumber names in messages: the main one when several share it.</summary>
    public static string RegionOf(int countryCode) => Phones.GetRegionCodeForCountryCode(countryCode);

    /// <summary>The country code libphonenumber reads: the shortest of the first one, two or three digits that is a calling code.</summary>
    private static bool TryReadCountryCode(ReadOnlySpan<char> digits, out int countryCode, out int length)
    {
        countryCode = 0;
        for (length = 1; length <= MaxCountryCodeDigits && length <= digits.Length; length++)
        {
            countryCode = (countryCode * 10) + (digits[length - 1] - '0');
            if (CallingCodes.Contains(countryCode))
            {
                return true;
            }
        }

        return false;
    }

    private static NumberingPlanAnswer CheckParsed(string number)
    {
        PhoneNumber parsed;
        try
        {
            parsed = Phones.Parse(number, null);
        }
        catch (NumberParseException exception)
        {
            // Not reached for the numbers answered above; kept so that a change of libphonenumber's rules
            // still gives its answer, only more slowly.
            return new(exception.ErrorType == ErrorType.INVALID_COUNTRY_CODE ? NumberingPlanVerdict.UnknownCountryCode : NumberingPlanVerdict.TooShort);
        }

        return Phones.IsValidNumber(parsed) ? new(NumberingPlanVerdict.Valid) : new(NumberingPlanVerdict.NotInPlan, parsed.CountryCode);
    }
}

/// <summary>What <see cref="NumberingPlan"/> found for a number; a message is made of it only when it is reported.</summary>
/// <param name="Verdict">Valid, or why not.</param>
/// <param name="CountryCode">The country code of a number <see cref="NumberingPlanVerdict.NotInPlan"/>; 0 otherwise.</param>
internal readonly record struct NumberingPlanAnswer(NumberingPlanVerdict Verdict, int CountryCode = 0);

/// <summary>Whether a number is in its country's numbering plan, or why not.</summary>
internal enum NumberingPlanVerdict : byte
{
    /// <summary>A valid number of its country.</summary>
    Valid,

    /// <summary>A known country code, and digits its plan does not have.</summary>
    NotInPlan,

    /// <summary>No calling code starts the number.</summary>
    UnknownCountryCode,

    /// <summary>Too few digits to be read as a number.</summary>
    TooShort,
}
