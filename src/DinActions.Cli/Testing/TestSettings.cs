namespace DinActions.Cli.Testing;

/// <summary>What <c>din test</c> was asked to do.</summary>
/// <param name="ScenarioPath">The scenario file.</param>
/// <param name="Target">The target given with <c>--target</c>, which wins over the file's; null to use the file's.</param>
/// <param name="Format">How to print the report.</param>
/// <param name="OutputPath">Where to write the report instead of standard output, or null.</param>
/// <param name="Profile">The profile an action file and a live URL's answers are validated under.</param>
/// <param name="Timeout">The deadline of each network step of a live URL's checks.</param>
internal sealed record TestSettings(string ScenarioPath, string? Target, TestFormat Format, string? OutputPath, ValidationProfile Profile, TimeSpan Timeout);

/// <summary>How <c>din test</c> prints its report.</summary>
internal enum TestFormat
{
    /// <summary>One line per scenario, a diff under each failure.</summary>
    Text,

    /// <summary>One JSON document (<c>din-test/1</c>).</summary>
    Json,

    /// <summary>JUnit XML, which CI systems show as tests.</summary>
    JUnit,
}
