using System.Collections.Immutable;
using System.Text.Json;

namespace DinActions.Cli.Configuration;

/// <summary>
/// The settings that apply to one file: the configuration they come from, the overrides that matched it, and
/// the validation options they make, the command line's settings applied last.
/// </summary>
/// <param name="ConfigPath">The full path of the configuration file; null when none applies.</param>
/// <param name="Overrides">The overrides that matched the file, in the order they were applied.</param>
/// <param name="Options">What the file is validated with.</param>
/// <param name="Lines">
/// Whether every line of the file is a document of its own, as in a log of served actions: what <c>din lint --lines</c>
/// does, and what <c>"lines": true</c> in a configuration asks for the files it covers.
/// </param>
internal sealed record FileSettings(string? ConfigPath, ImmutableArray<ConfigOverride> Overrides, ValidationOptions Options, bool Lines)
{
    /// <summary>
    /// The defaults, then the configuration's top level, then each matching override in order, then the command
    /// line: profile, numbering plan and lines are replaced by the last level that gives them, rules and languages are
    /// merged code by code.
    /// </summary>
    public static FileSettings Resolve(LintConfigFile? config, ImmutableArray<ConfigOverride> overrides, ExplicitSettings commandLine)
    {
        var options = ValidationOptions.Default;
        var lines = false;
        IEnumerable<ConfigLayer> layers = config is null ? [] : [config.Root, .. overrides.Select(entry => entry.Settings)];
        foreach (var layer in layers)
        {
            lines = layer.Lines ?? lines;
            options = options with
            {
                Profile = layer.Profile ?? options.Profile,
                CheckNumberingPlan = layer.NumberingPlan ?? options.CheckNumberingPlan,
                RuleSeverities = options.RuleSeverities.SetItems(layer.Rules),
                Languages = layer.Languages.Aggregate(options.Languages, (catalog, entry) => entry.ApplyTo(catalog)),
            };
        }

        options = options with
        {
            Profile = commandLine.Profile ?? options.Profile,
            CheckNumberingPlan = commandLine.CheckNumberingPlan ?? options.CheckNumberingPlan,
        };
        return new FileSettings(config?.Path, overrides, options, commandLine.Lines ?? lines);
    }

    /// <summary>
    /// Writes what <c>din lint --print-config</c> prints: the file, where its settings come from, and every
    /// setting in effect, each rule and each language included, in the shape a <c>.dinlint.json</c> writes them.
    /// </summary>
    public void WriteJson(Utf8JsonWriter writer, string path)
    {
        writer.WriteStartObject();
        writer.WriteString("file", path);
        writer.WriteString("config", ConfigPath);
        writer.WriteStartArray("appliedOverrides");
        foreach (var entry in Overrides)
        {
            writer.WriteStartObject();
            writer.WriteNumber("index", entry.Index);
            writer.WriteStartArray("files");
            foreach (var pattern in entry.Patterns)
            {
                writer.WriteStringValue(pattern);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("profile", Options.Profile.Name());
        writer.WriteBoolean("numberingPlan", Options.CheckNumberingPlan);
        writer.WriteBoolean("lines", Lines);
        writer.WriteStartObject("rules");
        foreach (var rule in DinRules.All)
        {
            writer.WriteString(rule.Code, Options.SeverityOf(rule) is { } severity ? Diagnostic.SeverityName(severity) : "off");
        }

        writer.WriteEndObject();
        writer.WriteStartObject("languages");
        foreach (var language in Options.Languages.Languages)
        {
            writer.WriteStartObject(language.Code);
            writer.WriteString("name", language.Name);
            writer.WriteString("status", language.Status == LanguageStatus.Paused ? "paused" : "supported");
            writer.WriteStartArray("scripts");
            foreach (var script in language.Scripts)
            {
                writer.WriteStringValue(script.ToString());
            }

            writer.WriteEndArray();
            writer.WriteStartArray("aliases");
            foreach (var alias in language.Aliases)
            {
                writer.WriteStringValue(alias);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
