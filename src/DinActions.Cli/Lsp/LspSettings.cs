using System.Text.Json;
using DinActions.Cli.Configuration;

namespace DinActions.Cli.Lsp;

/// <summary>The client's <c>din</c> settings (<c>profile</c>, <c>numberingPlan</c>), and where a document's file is.</summary>
internal static class LspSettings
{
    public const string Section = "din";

    /// <summary>
    /// Reads the section's <c>profile</c> and <c>numberingPlan</c>; what is absent or null leaves the file's setting.
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
        bool? numberingPlan = null;
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

        if (section.TryGetProperty("numberingPlan", out var planValue) && planValue.ValueKind != JsonValueKind.Null)
        {
            numberingPlan = planValue.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => null,
            };
            problem ??= numberingPlan is null ? "din.numberingPlan must be true or false" : null;
        }

        return new ExplicitSettings(profile, numberingPlan);
    }

    /// <summary>The local path of a <c>file:</c> URI; null for any other document (an unsaved buffer).</summary>
    public static string? PathOf(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : null;
}
