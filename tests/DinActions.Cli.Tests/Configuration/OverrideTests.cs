using DinActions.Cli.Configuration;
using FluentAssertions;

namespace DinActions.Cli.Tests.Configuration;

/// <summary>
/// <c>overrides</c>: each entry's settings apply to the files its patterns match, relative to the configuration's
/// folder, after the top level and in the file's order; rules and languages merge code by code.
/// </summary>
public sealed class OverrideTests : IDisposable
{
    private const string Config = """
        {
          "profile": "dashboard",
          "rules": { "DIN0041": "error", "DIN0058": "off" },
          "languages": { "ko": { "status": "supported", "name": "Korean", "scripts": ["Hangul"] } },
          "overrides": [
            { "files": "legacy/**/*.din", "profile": "api", "rules": { "DIN0041": "warning" } },
            { "files": ["legacy/paused/**", "*.din"], "numberingPlan": false, "languages": { "ko": "paused" }, "rules": { "DIN0058": "info" } },
          ],
        }
        """;

    private readonly TempFolder folder = new();

    public OverrideTests()
    {
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));
        folder.Write(".dinlint.json", Config);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_file_no_pattern_matches_has_the_top_level_settings()
    {
        var settings = SettingsOf("actions/a.din");

        settings.Overrides.Should().BeEmpty();
        settings.Options.Profile.Should().Be(ValidationProfile.Dashboard);
        settings.Options.CheckNumberingPlan.Should().BeTrue();
        settings.Options.RuleSeverities.Should().Equal(new Dictionary<string, RuleSeverity> { ["DIN0041"] = RuleSeverity.Error, ["DIN0058"] = RuleSeverity.Off });
        settings.Options.Languages.Find("ko")!.Status.Should().Be(LanguageStatus.Supported);
    }

    [Fact]
    public void A_matching_override_replaces_what_it_says_and_keeps_the_rest()
    {
        var settings = SettingsOf("legacy/old/a.din");

        settings.Overrides.Select(entry => entry.Index).Should().Equal(0);
        settings.Options.Profile.Should().Be(ValidationProfile.Api);
        settings.Options.RuleSeverities.Should().Equal(new Dictionary<string, RuleSeverity> { ["DIN0041"] = RuleSeverity.Warning, ["DIN0058"] = RuleSeverity.Off });
    }

    [Fact]
    public void Overrides_apply_in_order_and_the_later_wins_where_both_say_something()
    {
        var settings = SettingsOf("legacy/paused/a.din");

        settings.Overrides.Select(entry => entry.Index).Should().Equal(0, 1);
        settings.Options.Profile.Should().Be(ValidationProfile.Api);
        settings.Options.CheckNumberingPlan.Should().BeFalse();
        settings.Options.RuleSeverities.Should().Equal(new Dictionary<string, RuleSeverity> { ["DIN0041"] = RuleSeverity.Warning, ["DIN0058"] = RuleSeverity.Info });
    }

    [Fact]
    public void An_override_changes_a_language_the_top_level_added_keeping_its_name_and_scripts()
    {
        var korean = SettingsOf("legacy/paused/a.din").Options.Languages.Find("ko")!;

        korean.Should().Be(new TtsLanguage("ko", "Korean", LanguageStatus.Paused, [WritingScript.Hangul], []));
    }

    [Fact]
    public void A_pattern_without_a_folder_matches_files_of_the_configurations_folder_only()
    {
        SettingsOf("top.din").Overrides.Select(entry => entry.Index).Should().Equal(1);
        SettingsOf("actions/top.din").Overrides.Should().BeEmpty();
    }

    [Fact]
    public void Patterns_are_relative_to_the_configuration_and_a_file_outside_its_folder_matches_none()
    {
        var named = folder.Write("ci/.dinlint.json", "{ \"overrides\": [{ \"files\": \"**/*.din\", \"profile\": \"dashboard\" }] }");
        var finder = new LintConfigFinder(named);

        finder.SettingsFor(Path.Combine(folder.Path, "ci", "checks", "a.din")).Settings!.Options.Profile.Should().Be(ValidationProfile.Dashboard);
        finder.SettingsFor(Path.Combine(folder.Path, "actions", "a.din")).Settings!.Options.Profile.Should().Be(ValidationProfile.Api);
    }

    [Fact]
    public void Files_with_the_same_configuration_and_overrides_share_one_settings_object()
    {
        var finder = new LintConfigFinder();

        var first = finder.SettingsFor(Path.Combine(folder.Path, "legacy", "a", "x.din")).Settings;
        var second = finder.SettingsFor(Path.Combine(folder.Path, "legacy", "b", "y.din")).Settings;

        second.Should().BeSameAs(first);
    }

    [Fact]
    public void The_command_line_wins_over_the_configuration_and_its_overrides()
    {
        var settings = new LintConfigFinder(commandLine: new ExplicitSettings(ValidationProfile.Dashboard, CheckNumberingPlan: true))
            .SettingsFor(Path.Combine(folder.Path, "legacy", "paused", "a.din")).Settings!;

        settings.Options.Profile.Should().Be(ValidationProfile.Dashboard);
        settings.Options.CheckNumberingPlan.Should().BeTrue();
    }

    [Fact]
    public async Task Lint_applies_the_override_of_each_file()
    {
        var wav = "playback https://example.com/welcome.wav";
        var current = folder.Write("actions/welcome.din", wav);
        var legacy = folder.Write("legacy/old/welcome.din", wav);

        var run = await Din.InProcess("lint", current, legacy);

        run.Output.Should().Be(
            $"{current}:1:10: error DIN0041: the URL path `/welcome.wav` does not end in `.mp3`; the cloud plays mp3 files only\n" +
            "  1 | playback https://example.com/welcome.wav\n" +
            "    |          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n" +
            $"{legacy}:1:10: warning DIN0041: the URL path `/welcome.wav` does not end in `.mp3`; the cloud plays mp3 files only\n" +
            "  1 | playback https://example.com/welcome.wav\n" +
            "    |          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n" +
            "1 error, 1 warning in 2 files\n");
    }

    private FileSettings SettingsOf(string relativePath) =>
        new LintConfigFinder().SettingsFor(Path.Combine(folder.Path, relativePath)).Settings!;
}
