using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;

namespace DinActions.Cli.Configuration;

/// <summary>A <c>.dinlint.json</c> as read: its top-level settings, and the overrides for the files their patterns match.</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Root">The settings of the top level, for every file the configuration applies to.</param>
/// <param name="Overrides">The overrides, in the file's order: a later one wins where two match the same file.</param>
internal sealed record LintConfigFile(string Path, ConfigLayer Root, ImmutableArray<ConfigOverride> Overrides)
{
    /// <summary>The folder the patterns of the overrides are relative to.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(Path) ?? Path;

    /// <summary>The overrides whose patterns match the file at <paramref name="fullPath"/>; none for a file outside <see cref="Folder"/>.</summary>
    public ImmutableArray<ConfigOverride> OverridesFor(string? fullPath) =>
        fullPath is null ? [] : [.. Overrides.Where(entry => entry.Matches(Folder, fullPath))];
}

/// <summary>One entry of <c>overrides</c>: the settings for the files its patterns match.</summary>
internal sealed class ConfigOverride
{
    private readonly Matcher matcher;

    /// <param name="index">Its place in the <c>overrides</c> array, from 0.</param>
    /// <param name="patterns">Its <c>files</c> patterns, already checked by the reader.</param>
    /// <param name="settings">What it sets.</param>
    public ConfigOverride(int index, ImmutableArray<string> patterns, ConfigLayer settings)
    {
        Index = index;
        Patterns = patterns;
        Settings = settings;

        // File names are compared as the file system compares them: a pattern must not miss `Legacy/` on a
        // Mac because it says `legacy/`, nor match two different files on Linux.
        matcher = new Matcher(OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        foreach (var pattern in patterns)
        {
            matcher.AddInclude(pattern);
        }
    }

    public int Index { get; }

    public ImmutableArray<string> Patterns { get; }

    public ConfigLayer Settings { get; }

    public bool Matches(string folder, string fullPath) => matcher.Match(folder, fullPath).HasMatches;
}
