using System.Globalization;
using FsCheck;

namespace DinActions.Tests.Properties;

/// <summary>
/// How many cases every FsCheck property of this suite runs, so that one knob makes the suite quick
/// or thorough and the count a property reports is the count it ran.
/// </summary>
/// <remarks>
/// <para>
/// The default is <see cref="DefaultCount"/> (10,000). Set the environment variable
/// <c>DIN_PROPERTY_RUNS</c> to a positive integer to override it, e.g.
/// <c>DIN_PROPERTY_RUNS=200 dotnet test</c> for a quick check while editing, or
/// <c>DIN_PROPERTY_RUNS=1000000</c> for a soak run. A value that is not a positive integer is an
/// error, not silently ignored: a typo must not turn a soak run into the default.
/// </para>
/// <para>
/// Properties are <c>[Fact]</c> methods that call <see cref="Check.One{TTestable}(Config, TTestable)"/>
/// with <see cref="Config"/>: the count is exactly <see cref="Count"/>, whatever attribute defaults
/// FsCheck.Xunit would apply, and a failure throws with the (shrunk) counterexample and its seed.
/// </para>
/// </remarks>
internal static class PropertyRuns
{
    /// <summary>The environment variable that overrides <see cref="DefaultCount"/>.</summary>
    public const string VariableName = "DIN_PROPERTY_RUNS";

    /// <summary>The number of cases when <see cref="VariableName"/> is not set.</summary>
    public const int DefaultCount = 10_000;

    /// <summary>The number of cases each property runs: <see cref="VariableName"/> when set, otherwise <see cref="DefaultCount"/>.</summary>
    public static int Count { get; } = Read(Environment.GetEnvironmentVariable(VariableName));

    /// <summary>Runs <see cref="Count"/> cases, quietly on success, and throws on the first failure after shrinking it.</summary>
    public static Config Config => FsCheck.Config.QuickThrowOnFailure.WithMaxTest(Count).WithQuietOnSuccess(true);

    /// <summary>Checks <paramref name="property"/> with <see cref="Config"/>.</summary>
    public static void Run(Property property) => Check.One(Config, property);

    internal static int Read(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DefaultCount;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : throw new InvalidOperationException($"{VariableName} must be a positive integer, not `{value}`.");
    }
}
