using System.Text.Json;
using DinActions.Cli.Configuration;

namespace DinActions.Cli.Lsp;

/// <summary>The client's <c>din</c> settings (<c>profile</c>, <c>numberingPlan</c>, <c>lines</c>), and where a document's file is.</summary>
internal static class LspSettings
{
    public const string Section = "din";

    /// <summary>
    /// Reads the section's <c>profile</c>, <c>numberingPlan</c> and <c>lines</c>; what is absent or null leaves the file's setting.
    /// A value of the wrong kind is left out and named in <paramref name="problem"/>, so one typo does not drop the rest.
    /// </summary>
    public static ExplicitSettings Read(JsonElement section, out string? problem)
    {
        problem = null;
        if (section.ValueKind != JsonValueKind.Object)
        {
            return ExplicitSettings.None;
        }

        ValidationProfile? profile = null;
        if (section.TryGetProperty("profile", out var profileValue) && profileValue.ValueKind != JsonValueKind.Null)
        {
            profile = profileValue.ValueKind == JsonValueKind.String ? profileValue.GetString() switch
            {
                "api" => ValidationProfile.Api,
                "dashboard" => ValidationProfile.Dashboard,
                _ => null,
            } : null;
            problem = profile is null ? "din.profile must be \"api\" or \"dashboard\"" : null;
        }

        var numberingPlan = ReadBoolean(section, "numberingPlan", ref problem);
        var lines = ReadBoolean(section, "lines", ref problem);
        return new ExplicitSettings(profile, numberingPlan, lines);
    }

    /// <summary>The boolean setting <paramref name="name"/>; null when it is absent, null, or of another kind, which <paramref name="problem"/> then names.</summary>
    private static bool? ReadBoolean(JsonElement section, string name, ref string? problem)
    {
        if (!section.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        bool? setting = value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };
        problem ??= setting is null ? $"{Section}.{name} must be true or false" : null;
        return setting;
    }

    /// <summary>The local path of a <c>file:</c> URI; null for any other document (an unsaved buffer).</summary>
    public static string? PathOf(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : null;
}
