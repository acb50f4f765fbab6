using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace DinActions.Validation;

/// <summary>
/// Whether a plain E.164 number (<see cref="NumberAnalysis.IsE164"/>) is a valid number of its country's
/// numbering plan, as libphonenumber's <see cref="PhoneNumberUtil.Parse(string, string)"/> and
/// <see cref="PhoneNumberUtil.IsValidNumber"/> decide it.
/// </summary>
/// <remarks>
/// <para>
/// libphonenumber tells an unknown country code and a number too short to parse by throwing, which costs
/// more than the rest of the check together; a log of random numbers has many of both. Those two answers
/// follow from the digits and the list of calling codes alone, so they are given before parsing.
/// </para>
/// <para>
/// Parsing costs about as much as the validity test itself, and for <c>+</c> and digits, it comes to
/// little: the country code, the digits after it as an integer, and their leading zeros. The number is
/// built from those directly, unless its digits begin with what may be its country's national prefix,
/// which Parse may strip: those numbers are parsed.
/// </para>
/// </remarks>
internal static class NumberingPlan
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    // Every calling code libphonenumber knows, with the national prefix its parser looks for after it. The
    // prefix is read when a number first needs it: reading them all would load the metadata of every
    // region, which libphonenumber otherwise loads as numbers need it.
    private static readonly FrozenDictionary<int, Lazy<NationalPrefix>> CallingCodes =
        Phones.GetSupportedCallingCodes().ToFrozenDictionary(code => code, code => new Lazy<NationalPrefix>(() => NationalPrefix.Of(code)));

    // libphonenumber's bounds, which it reports by throwing: at least three digits after `+` (fewer are no
    // number, or too short after an international prefix), and at least two after the country code.
    private const int MinDigits = 3;
    private const int MinNationalDigits = 2;
    private const int MaxCountryCodeDigits = 3;

    /// <summary>The answer for <paramref name="number"/>, <c>+</c> and ASCII digits, the first not 0.</summary>
    public static NumberingPlanAnswer Check(ReadOnlySpan<char> number)
    {
        if (Split(number, out var countryCode, out var national) is { } unreadable)
        {
            return new(unreadable);
        }

        return CallingCodes[countryCode].Value.MayBeStrippedFrom(national)
            ? CheckParsed(number.ToString())
            : Judge(Build(countryCode, national));
    }

    /// <summary>The region of <paramref name="countryCode"/> that libphonenumber names in messages: the main one when several share it.</summary>
    public static string RegionOf(int countryCode) => Phones.GetRegionCodeForCountryCode(countryCode);

    /// <summary>
    /// The number <see cref="Check"/> builds for <paramref name="number"/> without parsing it; null when it
    /// parses it, or answers without a number. For tests, which hold it to what Parse makes.
    /// </summary>
    internal static PhoneNumber? BuildWithoutParsing(ReadOnlySpan<char> number) =>
        Split(number, out var countryCode, out var national) is null && !CallingCodes[countryCode].Value.MayBeStrippedFrom(national)
            ? Build(countryCode, national)
            : null;

    /// <summary>
    /// The country code and the digits after it, as libphonenumber reads them: the country code is the
    /// shortest of the first one, two or three digits that is a calling code. When they cannot be read,
    /// why not.
    /// </summary>
    private static NumberingPlanVerdict? Split(ReadOnlySpan<char> number, out int countryCode, out ReadOnlySpan<char> national)
    {
        var digits = number[1..];
        countryCode = 0;
        national = default;
        if (digits.Length < MinDigits)
        {
            return NumberingPlanVerdict.TooShort;
        }

        for (var length = 1; length <= MaxCountryCodeDigits; length++)
        {
            countryCode = (countryCode * 10) + (digits[length - 1] - '0');
            if (CallingCodes.ContainsKey(countryCode))
            {
                national = digits[length..];
                return national.Length < MinNationalDigits ? NumberingPlanVerdict.TooShort : null;
            }
        }

        return NumberingPlanVerdict.UnknownCountryCode;
    }

    /// <summary>The number Parse makes of a country code and digits from which it strips no national prefix.</summary>
    private static PhoneNumber Build(int countryCode, ReadOnlySpan<char> national)
    {
        var number = new PhoneNumber.Builder
        {
            CountryCode = countryCode,
            NationalNumber = ulong.Parse(national, NumberStyles.None, CultureInfo.InvariantCulture),
        };

        // An integer has no leading zeros, and Italy's numbers have them: libphonenumber counts them beside
        // it, and never counts the last digit as one.
        if (national[0] == '0')
        {
            var zeros = 1;
            while (zeros < national.Length - 1 && national[zeros] == '0')
            {
                zeros++;
            }

            number.NumberOfLeadingZeros = zeros;
        }

        return number.Build();
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
            // Not reached for the numbers answered before parsing; kept so that a change of libphonenumber's
            // rules still gives its answer, only more slowly.
            return new(exception.ErrorType == ErrorType.INVALID_COUNTRY_CODE ? NumberingPlanVerdict.UnknownCountryCode : NumberingPlanVerdict.TooShort);
        }

        return Judge(parsed);
    }

    private static NumberingPlanAnswer Judge(PhoneNumber number) =>
        Phones.IsValidNumber(number) ? new(NumberingPlanVerdict.Valid) : new(NumberingPlanVerdict.NotInPlan, number.CountryCode);

    /// <summary>
    /// The national prefix (a trunk prefix such as Japan's <c>0</c>) that libphonenumber's parser strips
    /// from the digits after a country code when they begin with it: a fixed string for most countries,
    /// a pattern for a few, none for many.
    /// </summary>
    private sealed class NationalPrefix
    {
        // One of three: digits (empty when the country has none), a pattern, or neither when nothing is
        // known, and then every number is parsed.
        private readonly string? digits;
        private readonly Regex? pattern;

        private NationalPrefix(string? digits, Regex? pattern) => (this.digits, this.pattern) = (digits, pattern);

        public static NationalPrefix Of(int countryCode)
        {
            var region = Phones.GetRegionCodeForCountryCode(countryCode);
            var metadata = region == "001" ? Phones.GetMetadataForNonGeographicalRegion(countryCode) : Phones.GetMetadataForRegion(region);
            if (metadata is null)
            {
                return new(null, null);
            }

            var prefix = metadata.NationalPrefixForParsing ?? string.Empty;
            return prefix.AsSpan().ContainsAnyExceptInRange('0', '9')
                ? new(null, new Regex($"^(?:{prefix})", RegexOptions.CultureInvariant))
                : new(prefix, null);
        }

        /// <summary>
        /// Whether Parse may strip a prefix from <paramref name="national"/>: it only tries when the digits
        /// begin with the prefix. False means it takes the digits as they are.
        /// </summary>
        public bool MayBeStrippedFrom(ReadOnlySpan<char> national) => digits is not null
            ? digits.Length > 0 && national.StartsWith(digits, StringComparison.Ordinal)
            : pattern?.IsMatch(national) ?? true;
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
