using DinActions.Validation;
using PhoneNumbers;

namespace DinActions.Tests.Validation;

/// <summary>
/// DIN0015 as first written: libphonenumber's <see cref="PhoneNumberUtil.Parse(string, string)"/>, its
/// exception for an unknown country code or a number too short to parse, then
/// <see cref="PhoneNumberUtil.IsValidNumber"/>. Slow, and plainly right: the rule's shortcuts are held to it.
/// </summary>
internal static class ReferenceNumberingPlan
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>The message DIN0015 gives the number <paramref name="text"/> in <paramref name="role"/>; null when it says nothing.</summary>
    public static string? MessageFor(string text, string role)
    {
        if (!NumberAnalysis.Of(text).IsE164)
        {
            return null;
        }

        PhoneNumber number;
        try
        {
            number = Phones.Parse(text, null);
        }
        catch (NumberParseException exception)
        {
            return exception.ErrorType == ErrorType.INVALID_COUNTRY_CODE
                ? $"the {role} `{text}` does not start with a known country code"
                : $"the {role} `{text}` is too short to be a phone number; check its digits";
        }

        if (Phones.IsValidNumber(number))
        {
            return null;
        }

        var region = Phones.GetRegionCodeForCountryCode(number.CountryCode);
        return $"the {role} `{text}` is not a valid number in the numbering plan of {region} (+{number.CountryCode}); check its digits";
    }
}
