using System.Reflection;

namespace DinActions.Cli.Lsp;

/// <summary>
/// Where a rule is described for a link (a diagnostic's <c>codeDescription</c>): the rules table of the repository's
/// README, whose rows name each code; the full page of a rule is its help text, which hover shows and <c>din explain</c> prints.
/// </summary>
internal static class RulePages
{
    private static readonly string Base = RepositoryUrl() is { } repository
        ? $"{repository.TrimEnd('/')}/blob/main/README.md#rules"
        : ToolInfo.InformationUri.AbsoluteUri;

    /// <summary>The page for <paramref name="code"/>, with the code as its query so a link names the rule it came from.</summary>
    public static string For(string code) => Base.Replace("#rules", $"?rule={Uri.EscapeDataString(code)}#rules", StringComparison.Ordinal);

    // The SDK writes the repository's URL into the assembly (PublishRepositoryUrl), from DinRepositoryUrl.
    private static string? RepositoryUrl() =>
        typeof(RulePages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(attribute => attribute.Key == "RepositoryUrl")?.Value;
}
