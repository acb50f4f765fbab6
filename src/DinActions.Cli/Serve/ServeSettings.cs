using DinActions.Cli.Configuration;

namespace DinActions.Cli.Serve;

/// <summary>What <c>din serve</c> was asked to do.</summary>
/// <param name="Path">The action file, or the rules file (<c>*.json</c>).</param>
/// <param name="Urls">Where to listen, <c>;</c>-separated, as ASP.NET Core's <c>--urls</c>.</param>
/// <param name="CommandLine">The profile given on the command line, which wins over any <c>.dinlint.json</c>; null fields where it says nothing.</param>
/// <param name="ConfigPath">The configuration named by <c>--config</c>, or null to find the file's <c>.dinlint.json</c>.</param>
/// <param name="HealthPath">The path that answers the health check instead of an action.</param>
/// <param name="LogFormat">How the call log is written.</param>
internal sealed record ServeSettings(string Path, string Urls, ExplicitSettings CommandLine, string? ConfigPath = null, string HealthPath = ServeSettings.DefaultHealthPath, ServeLogFormat LogFormat = ServeLogFormat.Text)
{
    /// <summary>Where <c>din serve</c> listens unless told: this machine only, so serving to the cloud is a choice.</summary>
    public const string DefaultUrls = "http://localhost:8080";

    /// <summary>The health check's path unless told.</summary>
    public const string DefaultHealthPath = "/healthz";

    /// <summary>Whether <see cref="Path"/> is a rules file rather than an action file.</summary>
    public bool IsRulesFile => Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>How long a changed file must stay the same before it is read as the new version: an editor writing in place is not read half-way.</summary>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How often the file is compared with what is served, for the changes a file system watcher misses.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long requests in flight get to finish once a stop is asked for.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(10);
}

/// <summary>How <c>din serve</c> writes its call log.</summary>
internal enum ServeLogFormat
{
    /// <summary>One readable line per entry.</summary>
    Text,

    /// <summary>One JSON object per line.</summary>
    Json,
}
