using System.Reflection;

namespace DinActions.Cli;

/// <summary>The tool's name and version, as <c>din --version</c>, JSON and SARIF report them.</summary>
internal static class ToolInfo
{
    public const string Name = "din";

    /// <summary>The informational version without its source-revision suffix.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>Where the tool is described and distributed (the package's <c>PackageProjectUrl</c>).</summary>
    public static Uri InformationUri { get; } = new(
        typeof(ToolInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "InformationUri").Value!);

    private static string ReadVersion()
    {
        var version = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
