using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using DinActions.Tests.Properties;
using DinActions.Validation;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using PhoneNumbers;

namespace DinActions.Tests.Validation;

/// <summary>
/// DIN0015 decides most numbers without libphonenumber's parser and remembers its answers. These tests
/// hold it to <see cref="ReferenceNumberingPlan"/>, the check done the plain way, on every number short
/// enough to try them all, on libphonenumber's own example numbers with a digit dropped, added or
/// changed, and on any number, many of them with no known country code. Each line is validated
/// three times with the same options: the answer is worked out twice, and remembered the second time,
/// so that the answer worked out and the answer remembered are both checked.
/// </summary>
public sealed class NumberingPlanEquivalenceTests
{
    private const string Code = "DIN0015";
    private const string TransferNumber = "transfer number";
    private const string CallerId = "caller ID";

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    private static readonly PhoneNumberType[] ExampleTypes =
    [
        PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE,
        PhoneNumberType.SHARED_COST, PhoneNumberType.VOIP, PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.PAGER,
        PhoneNumberType.UAN, PhoneNumberType.VOICEMAIL,
    ];

    // Starts of numbers with no country code, or with one next to codes that are unassigned: +28x, +80x, +99x...
    private static readonly string[] UnassignedStarts = ["28", "80", "83", "85", "87", "88", "89", "96", "97", "99", "21", "42", "59", "69", "37", "38"];

    [Fact]
    public void Every_number_of_up_to_five_digits_gets_the_reference_diagnostics()
    {
        ShouldMatchReference(UpToFiveDigits(), [TransferNumber]);
    }

    [Fact]
    public void No_number_makes_libphonenumber_throw()
    {
        // An exception costs more than the rest of the check: unknown country codes and numbers too short
        // are told before libphonenumber parses, so that it never throws.
        var numbers = UpToFiveDigits().Concat(Gen.Sample(AnyNumber, 10_000)).ToList();
        var options = new ValidationOptions();

        ParseExceptionsWhile(() =>
        {
            foreach (var number in numbers)
            {
                ActionScript.Validate($"transfer {number}", options);
            }
        }).Should().Be(0);
    }

    [Fact]
    public void Example_numbers_of_every_region_and_their_mutations_get_the_reference_diagnostics()
    {
        ShouldMatchReference(ExamplesAndMutations(), [TransferNumber, CallerId]);
    }

    [Fact]
    public void A_number_built_without_parsing_is_the_number_Parse_makes()
    {
        // Most numbers are built from their digits; the properties above hold the answers, this the numbers.
        // DIN0015 checks plain E.164 only: no +0, no more than 15 digits.
        var numbers = UpToFiveDigits().Concat(ExamplesAndMutations()).Concat(Gen.Sample(AnyNumber, 20_000))
            .Where(number => NumberAnalysis.Of(number).IsE164).ToList();
        var built = new List<PhoneNumber>();
        var mismatches = new List<string>();
        foreach (var number in numbers)
        {
            if (NumberingPlan.BuildWithoutParsing(number) is not { } direct)
            {
                continue;
            }

            built.Add(direct);
            var parsed = Phones.Parse(number, null);
            if (!direct.Equals(parsed))
            {
                mismatches.Add($"{number}: built +{direct.CountryCode} {direct.NationalNumber} ({direct.NumberOfLeadingZeros} zeros), parsed +{parsed.CountryCode} {parsed.NationalNumber} ({parsed.NumberOfLeadingZeros} zeros)");
            }
        }

        mismatches.Should().BeEmpty();
        built.Should().HaveCountGreaterThan(numbers.Count / 2);
        built.Should().Contain(number => number.NumberOfLeadingZeros == 1).And.Contain(number => number.NumberOfLeadingZeros > 1);
    }

    [Fact]
    public void Any_number_gets_the_reference_diagnostics()
    {
        var numbers = Gen.Frequency((2, AnyNumber), (1, Generators.E164));

        PropertyRuns.Run(Prop.ForAll(Arb.From(numbers, ShorterNumbers), Arb.From(Gen.Elements(TransferNumber, CallerId)), (number, role) =>
        {
            var mismatches = new List<string>();
            Check(number, role, new ValidationOptions(), mismatches);
            mismatches.Should().BeEmpty();
        }));
    }

    /// <summary><c>+</c> and 1 to 15 digits, a third of them starting like an unassigned country code.</summary>
    private static Gen<string> AnyNumber =>
        from start in Gen.Frequency(
            (2, Gen.Choose(1, 9).Select(digit => digit.ToString(CultureInfo.InvariantCulture))),
            (1, Gen.Elements(UnassignedStarts)))
        from length in Gen.Choose(0, 15 - start.Length)
        from rest in Gen.ArrayOf(Gen.Choose(0, 9).Select(digit => (char)('0' + digit)), length)
        select "+" + start + new string(rest);

    private static IEnumerable<string> ShorterNumbers(string number) =>
        Enumerable.Range(1, number.Length - 1).Select(at => number.Remove(at, 1)).Where(shorter => shorter.Length > 1);

    /// <summary>Every number of one to five digits: a country code of one to three, then none, one or two.</summary>
    private static IEnumerable<string> UpToFiveDigits() =>
        Enumerable.Range(1, 99_999).Select(value => "+" + value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Every region's example numbers, each with every digit dropped, with a digit added before each, and changed.</summary>
    private static HashSet<string> ExamplesAndMutations()
    {
        var examples = ExampleNumbers().ToList();
        examples.Should().HaveCountGreaterThan(1_000, "libphonenumber has example numbers of several types for about 245 regions");

        var random = new Random(20_260_115);
        var numbers = new HashSet<string>(examples, StringComparer.Ordinal);
        foreach (var example in examples)
        {
            var digits = example[1..];
            for (var at = 0; at < digits.Length; at++)
            {
                numbers.Add("+" + digits.Remove(at, 1));
                numbers.Add("+" + digits.Insert(at, RandomDigit(random)));
                numbers.Add("+" + digits[..at] + RandomDigit(random, except: digits[at]) + digits[(at + 1)..]);
            }

            numbers.Add(example + RandomDigit(random));
        }

        return numbers;
    }

    private static IEnumerable<string> ExampleNumbers()
    {
        var numbers = new List<PhoneNumber?>();
        foreach (var region in Phones.GetSupportedRegions())
        {
            numbers.Add(Phones.GetExampleNumber(region));
            numbers.AddRange(ExampleTypes.Select(type => Phones.GetExampleNumberForType(region, type)));
        }

        numbers.AddRange(Phones.GetSupportedGlobalNetworkCallingCodes().Select(Phones.GetExampleNumberForNonGeoEntity));
        return numbers.OfType<PhoneNumber>().Select(number => Phones.Format(number, PhoneNumberFormat.E164)).Distinct(StringComparer.Ordinal);
    }

    private static string RandomDigit(Random random, char except = ' ')
    {
        var digit = (char)('0' + random.Next(10));
        return digit == except ? RandomDigit(random, except) : digit.ToString();
    }

    private static int ParseExceptionsWhile(Action action)
    {
        var thread = Environment.CurrentManagedThreadId;
        var thrown = 0;
        void Count(object? sender, FirstChanceExceptionEventArgs args)
        {
            if (args.Exception is NumberParseException && Environment.CurrentManagedThreadId == thread)
            {
                thrown++;
            }
        }

        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            action();
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        return thrown;
    }

    private static void ShouldMatchReference(IEnumerable<string> numbers, string[] roles)
    {
        var options = new ValidationOptions();
        var mismatches = new List<string>();
        var count = 0;
        foreach (var number in numbers)
        {
            count++;
            foreach (var role in roles)
            {
                Check(number, role, options, mismatches);
            }
        }

        count.Should().BeGreaterThan(1_000);
        mismatches.Should().BeEmpty("DIN0015 must say what the reference says, of {0} numbers", count);
    }

    private static void Check(string number, string role, ValidationOptions options, List<string> mismatches)
    {
        var line = role == TransferNumber ? $"transfer {number}" : $"transfer +81336042000 --caller={number}";
        var offset = line.Length - number.Length;
        var message = ReferenceNumberingPlan.MessageFor(number, role);
        Diagnostic[] expected = message is null
            ? []
            : [new Diagnostic(Code, DiagnosticSeverity.Warning, new SourceSpan(offset, number.Length, 1, offset + 1), message)];

        // Three times: a number is remembered the second time it is checked, and looked up the third.
        for (var time = 0; time < 3; time++)
        {
            var actual = ActionScript.Validate(line, options).Where(diagnostic => diagnostic.Code == Code).ToArray();
            if (!actual.SequenceEqual(expected))
            {
                var said = new StringBuilder();
                foreach (var diagnostic in actual)
                {
                    said.Append(CultureInfo.InvariantCulture, $"[{diagnostic.Span}] {diagnostic.Message}; ");
                }

                mismatches.Add($"{line} (time {time + 1}): expected {message ?? "nothing"}, got {(said.Length > 0 ? said.ToString() : "nothing")}");
            }
        }
    }
}
