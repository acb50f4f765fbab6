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
/// little: the country code and the digits after it. Those digits are the national number as they are,
/// unless they begin with what may be the country's national prefix, which Parse may strip, or with a
/// zero, which libphonenumber keeps beside the number: those numbers go through libphonenumber.
/// </para>
/// <para>
/// The others are held to the patterns of libphonenumber's metadata here, as IsValidNumber holds them:
/// a number is valid when it fits its region's general pattern and the pattern of one kind of number
/// (fixed line, mobile, toll free...), each with its possible lengths. IsValidNumber asks for the kind,
/// so it tries eight rare kinds before fixed line and mobile, and builds a string of the number and a
/// match object for each pattern it tries; validity only needs some kind to fit, so the common kinds
/// come first, and the digits are matched where they are. That takes about a third of the time.
/// </para>
/// </remarks>
internal static class NumberingPlan
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    // Every calling code libphonenumber knows, with the national prefix its parser looks for after it and
    // the patterns of its regions. Those are read when a number first needs them: reading them all would
    // load the metadata of every region, which libphonenumber otherwise loads as numbers need it.
    private static readonly FrozenDictionary<int, Lazy<CallingCode>> CallingCodes =
        Phones.GetSupportedCallingCodes().ToFrozenDictionary(code => code, code => new Lazy<CallingCode>(() => CallingCode.Of(code)));

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

        var callingCode = CallingCodes[countryCode].Value;
        if (callingCode.MayBeStrippedFrom(national))
        {
            return CheckParsed(number.ToString());
        }

        if (national[0] == '0')
        {
            return Judge(Build(countryCode, national));
        }

        return callingCode.Contains(national) ? new(NumberingPlanVerdict.Valid) : new(NumberingPlanVerdict.NotInPlan, countryCode);
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
    /// What the check needs of one calling code: the national prefix (a trunk prefix such as Japan's
    /// <c>0</c>) that libphonenumber's parser strips from the digits after the code when they begin with
    /// it, and the number patterns of the regions that share the code.
    /// </summary>
    private sealed class CallingCode
    {
        // One of three: digits (empty when the country has none), a pattern, or neither when nothing is
        // known, and then every number is parsed.
        private readonly string? prefixDigits;
        private readonly Regex? prefixPattern;

        // In libphonenumber's order, the main region first: the first whose leading digits or patterns
        // fit a number is the number's region.
        private readonly RegionPatterns[] regions;

        private CallingCode(string? prefixDigits, Regex? prefixPattern, RegionPatterns[] regions) =>
            (this.prefixDigits, this.prefixPattern, this.regions) = (prefixDigits, prefixPattern, regions);

        public static CallingCode Of(int countryCode)
        {
            var metadata = Phones.GetRegionCodesForCountryCode(countryCode)
                .Select(region => region == "001" ? Phones.GetMetadataForNonGeographicalRegion(countryCode) : Phones.GetMetadataForRegion(region))
                .ToArray();
            var regions = metadata.OfType<PhoneMetadata>().Select(RegionPatterns.Of).ToArray();
            if (metadata.Length == 0 || metadata[0] is not { } main)
            {
                return new(null, null, regions);
            }

            var prefix = main.NationalPrefixForParsing ?? string.Empty;
            return prefix.AsSpan().ContainsAnyExceptInRange('0', '9')
                ? new(null, new Regex($"^(?:{prefix})", RegexOptions.CultureInvariant), regions)
                : new(prefix, null, regions);
        }

        /// <summary>
        /// Whether Parse may strip a prefix from <paramref name="national"/>: it only tries when the digits
        /// begin with the prefix. False means it takes the digits as they are.
        /// </summary>
        public bool MayBeStrippedFrom(ReadOnlySpan<char> national) => prefixDigits is not null
            ? prefixDigits.Length > 0 && national.StartsWith(prefixDigits, StringComparison.Ordinal)
            : prefixPattern?.IsMatch(national) ?? true;

        /// <summary>
        /// Whether <paramref name="national"/>, a national number with no leading zero, is valid, as
        /// IsValidNumber finds: the number's region is the only one of the code, or the first whose
        /// leading digits begin the number, or, for a region without them, whose patterns fit it.
        /// </summary>
        public bool Contains(ReadOnlySpan<char> national)
        {
            if (regions.Length == 1)
            {
                return regions[0].Fits(national);
            }

            foreach (var region in regions)
            {
                if (region.LeadingDigits is { } leadingDigits)
                {
                    if (leadingDigits.IsMatch(national))
                    {
                        return region.Fits(national);
                    }
                }
                else if (region.Fits(national))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The patterns of one region's numbers, from its metadata.</summary>
    private sealed class RegionPatterns
    {
        private readonly NumberPattern general;
        private readonly NumberPattern[] kinds;

        private RegionPatterns(Regex? leadingDigits, NumberPattern general, NumberPattern[] kinds) =>
            (LeadingDigits, this.general, this.kinds) = (leadingDigits, general, kinds);

        /// <summary>What a number of the region begins with, when the metadata says: how a region is told from the others of its code.</summary>
        public Regex? LeadingDigits { get; }

        public static RegionPatterns Of(PhoneMetadata metadata)
        {
            // Where fixed-line and mobile numbers share one pattern, libphonenumber does not try the mobile one.
            PhoneNumberDesc?[] kinds =
            [
                metadata.FixedLine, metadata.SameMobileAndFixedLinePattern ? null : metadata.Mobile, metadata.TollFree,
                metadata.PremiumRate, metadata.SharedCost, metadata.Voip, metadata.PersonalNumber, metadata.Pager,
                metadata.Uan, metadata.Voicemail,
            ];
            return new(
                metadata.HasLeadingDigits ? new Regex($"^(?:{metadata.LeadingDigits})", RegexOptions.CultureInvariant) : null,
                NumberPattern.Of(metadata.GeneralDesc) ?? NumberPattern.None,
                kinds.Select(NumberPattern.Of).OfType<NumberPattern>().ToArray());
        }

        /// <summary>Whether <paramref name="national"/> fits the region's general pattern and the pattern of some kind of number.</summary>
        public bool Fits(ReadOnlySpan<char> national)
        {
            if (!general.Fits(national))
            {
                return false;
            }

            foreach (var kind in kinds)
            {
                if (kind.Fits(national))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A pattern of national numbers and the lengths they may have.</summary>
    private sealed class NumberPattern
    {
        // A bit per length: libphonenumber's possible lengths, where none means any; its -1, "no number
        // has this kind", is a bit no length reaches.
        private readonly ulong lengths;
        private readonly Regex pattern;

        private NumberPattern(ulong lengths, Regex pattern) => (this.lengths, this.pattern) = (lengths, pattern);

        /// <summary>A pattern nothing fits.</summary>
        public static NumberPattern None { get; } = new(ulong.MaxValue, new Regex("(?!)", RegexOptions.CultureInvariant));

        /// <summary>The pattern of <paramref name="description"/>; null when it has none, and nothing fits it.</summary>
        public static NumberPattern? Of(PhoneNumberDesc? description)
        {
            if (string.IsNullOrEmpty(description?.NationalNumberPattern))
            {
                return null;
            }

            var lengths = 0UL;
            foreach (var length in description.PossibleLengthList)
            {
                lengths |= 1UL << (length is >= 0 and < 63 ? length : 63);
            }

            return new(lengths, new Regex($"^(?:{description.NationalNumberPattern})$", RegexOptions.CultureInvariant));
        }

        public bool Fits(ReadOnlySpan<char> national) =>
            (lengths == 0 || (lengths & (1UL << Math.Min(national.Length, 62))) != 0) && pattern.IsMatch(national);
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
