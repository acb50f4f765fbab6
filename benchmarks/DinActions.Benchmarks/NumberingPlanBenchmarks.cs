using BenchmarkDotNet.Attributes;
using DinActions.Baselines;
using PhoneNumbers;

namespace DinActions.Benchmarks;

/// <summary>
/// The numbering-plan check (DIN0015) on numbers it has not seen before, which no memo answers: 10,000
/// different <c>transfer</c> lines validated with the plan and without it (the difference is the check),
/// against libphonenumber's own <c>Parse</c> and <c>IsValidNumber</c> on the same numbers, which is what
/// the check answers like. Mean and Allocated are per number.
/// </summary>
[MemoryDiagnoser]
public class NumberingPlanBenchmarks
{
    /// <summary>How many numbers one invocation checks.</summary>
    public const int Numbers = 10_000;

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();
    private static readonly ValidationOptions WithoutPlan = new() { CheckNumberingPlan = false };

    private string[] numbers = [];
    private string[] lines = [];

    /// <summary>The kinds of number checked.</summary>
    public enum NumberKind
    {
        /// <summary>Valid Japanese mobile and Tokyo numbers, as callers' numbers in a log of served actions.</summary>
        Japanese,

        /// <summary>Plus and 7 to 14 random digits, most of them valid in no plan, from every country code.</summary>
        Random,
    }

    /// <summary>What the numbers are.</summary>
    [Params(NumberKind.Japanese, NumberKind.Random)]
    public NumberKind Kind { get; set; }

    /// <summary>Makes the numbers and their lines.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        numbers = [.. Enumerable.Range(0, Numbers).Select(_ => Kind == NumberKind.Japanese ? ServedLog.CallerNumber(random) : Any(random))];
        lines = [.. numbers.Select(number => "transfer " + number)];
    }

    /// <summary>libphonenumber: parse the number, then ask whether it is valid.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Numbers)]
    public int LibPhoneNumber()
    {
        var valid = 0;
        foreach (var number in numbers)
        {
            try
            {
                valid += Phones.IsValidNumber(Phones.Parse(number, null)) ? 1 : 0;
            }
            catch (NumberParseException)
            {
                // An unknown country code or too few digits: not valid.
            }
        }

        return valid;
    }

    /// <summary>The whole validation of each line, numbering plan included, with fresh options so that no number is remembered.</summary>
    [Benchmark(OperationsPerInvoke = Numbers)]
    public int ValidateWithPlan() => Validate(new ValidationOptions());

    /// <summary>The same validation without the plan: what is left of <see cref="ValidateWithPlan"/> when the check is taken away.</summary>
    [Benchmark(OperationsPerInvoke = Numbers)]
    public int ValidateWithoutPlan() => Validate(WithoutPlan);

    private static string Any(Random random)
    {
        var digits = new char[random.Next(7, 15)];
        digits[0] = (char)('1' + random.Next(9));
        for (var index = 1; index < digits.Length; index++)
        {
            digits[index] = (char)('0' + random.Next(10));
        }

        return "+" + new string(digits);
    }

    private int Validate(ValidationOptions options)
    {
        var diagnostics = 0;
        foreach (var line in lines)
        {
            diagnostics += ActionScript.Validate(line, options).Length;
        }

        return diagnostics;
    }
}
