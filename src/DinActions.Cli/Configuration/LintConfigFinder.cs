using System.Collections.Immutable;
using DinActions.Cli.Inputs;

namespace DinActions.Cli.Configuration;

/// <summary>
/// Finds the <c>.dinlint.json</c> that applies to a file, as <c>.editorconfig</c> is found: in the file's
/// folder, else its parent's, up to the root of the repository (the first folder with a <c>.git</c>) or of
/// the file system. The nearest file applies alone; files further up are not merged into it, so what a
/// folder's configuration says is all there is to read. One finder serves one run of a command: it
/// remembers every folder and configuration it has read, and is not meant to be shared between threads.
/// </summary>
internal sealed class LintConfigFinder
{
    /// <summary>The name of the configuration file.</summary>
    public const string FileName = ".dinlint.json";

    private static readonly StringComparer PathComparer =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly string? namedConfig;
    private readonly ExplicitSettings commandLine;
    private readonly Dictionary<string, string?> configOfFolder = new(PathComparer);
    private readonly Dictionary<string, (LintConfigFile? File, ImmutableArray<ConfigProblem> Problems)> loaded = new(PathComparer);
    private readonly Dictionary<string, FileSettings> resolved = new(StringComparer.Ordinal);

    /// <param name="namedConfig">The configuration named on the command line (<c>--config</c>): no search then; null to search.</param>
    /// <param name="commandLine">Settings given on the command line, which win over any file.</param>
    public LintConfigFinder(string? namedConfig = null, ExplicitSettings? commandLine = null)
    {
        this.namedConfig = namedConfig is null ? null : Path.GetFullPath(namedConfig);
        this.commandLine = commandLine ?? ExplicitSettings.None;
    }

    /// <summary>
    /// The settings for the file at <paramref name="path"/> (it need not exist), or the problems of the configuration
    /// that applies to it. Standard input (<c>-</c>) is searched from the current folder, and no override applies to it.
    /// </summary>
    public ConfigLookup SettingsFor(string path)
    {
        var fullPath = path == InputFile.StandardInput ? null : Path.GetFullPath(path);
        var configPath = namedConfig ?? Find(fullPath is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(fullPath) ?? fullPath);
        if (configPath is null)
        {
            return new ConfigLookup(null, Resolved(null, []), []);
        }

        var (config, problems) = Load(configPath);
        return config is null
            ? new ConfigLookup(configPath, null, problems)
            : new ConfigLookup(configPath, Resolved(config, config.OverridesFor(fullPath)), []);
    }

    /// <summary>The problems of the configuration named on the command line, read once; empty when none is named or it is sound.</summary>
    public ImmutableArray<ConfigProblem> NamedConfigProblems() => namedConfig is null ? [] : Load(namedConfig).Problems;

    /// <summary>How a configuration's path is shown: relative to the current folder when it is under it, as paths on a command line are.</summary>
    public static string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }

    private string? Find(string folder)
    {
        var visited = new List<string>();
        string? found = null;
        for (var current = folder; current is not null; current = Path.GetDirectoryName(current))
        {
            if (configOfFolder.TryGetValue(current, out var known))
            {
                found = known;
                break;
            }

            visited.Add(current);
            var candidate = Path.Combine(current, FileName);
            if (File.Exists(candidate))
            {
                found = candidate;
                break;
            }

            // A work tree or a submodule has a `.git` file rather than a folder: either ends the search.
            var git = Path.Combine(current, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                break;
            }
        }

        foreach (var seen in visited)
        {
            configOfFolder[seen] = found;
        }

        return found;
    }

    private (LintConfigFile? File, ImmutableArray<ConfigProblem> Problems) Load(string path)
    {
        if (!loaded.TryGetValue(path, out var result))
        {
            result = new InputFile(path).TryRead(TextReader.Null, out var text, out var problem)
                ? (LintConfigReader.Read(path, text, out var config) is { IsEmpty: false } problems ? (null, problems) : (config, []))
                : (null, [new ConfigProblem(null, null, $"cannot read the configuration: {problem}")]);
            loaded[path] = result;
        }

        return result;
    }

    // One settings object per configuration and set of matching overrides, so that a run keeps one validator for each.
    private FileSettings Resolved(LintConfigFile? config, ImmutableArray<ConfigOverride> overrides)
    {
        var key = $"{config?.Path}|{string.Join(',', overrides.Select(entry => entry.Index))}";
        if (!resolved.TryGetValue(key, out var settings))
        {
            settings = FileSettings.Resolve(config, overrides, commandLine);
            resolved[key] = settings;
        }

        return settings;
    }
}

/// <summary>What <see cref="LintConfigFinder.SettingsFor"/> found for a file.</summary>
/// <param name="ConfigPath">The full path of the configuration that applies; null when none does.</param>
/// <param name="Settings">The settings, or null when the configuration has problems.</param>
/// <param name="Problems">The configuration's problems, every one an error.</param>
internal sealed record ConfigLookup(string? ConfigPath, FileSettings? Settings, ImmutableArray<ConfigProblem> Problems);
