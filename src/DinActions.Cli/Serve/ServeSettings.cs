namespace DinActions.Cli.Serve;

/// <summary>What <c>din serve</c> was asked to do.</summary>
/// <param name="Path">The action file, or the rules file (<c>*.json</c>).</param>
/// <param name="Urls">Where to listen, <c>;</c>-separated, as ASP.NET Core's <c>--urls</c>.</param>
/// <param name="Profile">The profile an action file is validated under; a rules file always uses <see cref="ValidationProfile.Dashboard"/>.</param>
internal sealed record ServeSettings(string Path, string Urls, ValidationProfile Profile)
{
    /// <summary>Where <c>din serve</c> listens unless told: this machine only, so serving to the cloud is a choice.</summary>
    public const string DefaultUrls = "http://localhost:8080";

    /// <summary>Whether <see cref="Path"/> is a rules file rather than an action file.</summary>
    public bool IsRulesFile => Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
