using DinActions.Cli.Configuration;
using FluentAssertions;

namespace DinActions.Cli.Tests.Configuration;

/// <summary>
/// Which <c>.dinlint.json</c> applies to a file: the nearest one above it, searched up to the first folder with
/// a <c>.git</c> (folder or file); one further up is never merged in.
/// </summary>
public sealed class ConfigDiscoveryTests : IDisposable
{
    private readonly TempFolder folder = new();

    public ConfigDiscoveryTests() => Directory.CreateDirectory(Path.Combine(folder.Path, "repo", ".git"));

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_file_takes_the_configuration_of_its_own_folder_or_the_nearest_one_above()
    {
        var top = folder.Write("repo/.dinlint.json", "{ \"profile\": \"dashboard\" }");
        var nested = folder.Write("repo/team/.dinlint.json", "{ \"rules\": { \"DIN0058\": \"off\" } }");
        var finder = new LintConfigFinder();

        finder.SettingsFor(Path.Combine(folder.Path, "repo", "a.din")).ConfigPath.Should().Be(top);
        finder.SettingsFor(Path.Combine(folder.Path, "repo", "docs", "deep", "b.din")).ConfigPath.Should().Be(top);
        finder.SettingsFor(Path.Combine(folder.Path, "repo", "team", "c.din")).ConfigPath.Should().Be(nested);
        finder.SettingsFor(Path.Combine(folder.Path, "repo", "team", "x", "y", "d.din")).ConfigPath.Should().Be(nested);
    }

    [Fact]
    public void The_nearest_configuration_applies_alone_without_what_the_one_above_says()
    {
        folder.Write("repo/.dinlint.json", "{ \"profile\": \"dashboard\", \"rules\": { \"DIN0041\": \"error\" } }");
        folder.Write("repo/team/.dinlint.json", "{ \"rules\": { \"DIN0058\": \"off\" } }");

        var options = new LintConfigFinder().SettingsFor(Path.Combine(folder.Path, "repo", "team", "c.din")).Settings!.Options;

        options.Profile.Should().Be(ValidationProfile.Api);
        options.RuleSeverities.Should().Equal(new Dictionary<string, RuleSeverity> { ["DIN0058"] = RuleSeverity.Off });
    }

    [Fact]
    public void The_search_stops_at_the_repository_root_and_a_configuration_above_it_does_not_apply()
    {
        folder.Write(".dinlint.json", "{ \"profile\": \"dashboard\" }");

        var lookup = new LintConfigFinder().SettingsFor(Path.Combine(folder.Path, "repo", "actions", "a.din"));

        lookup.ConfigPath.Should().BeNull();
        lookup.Settings!.Options.Should().Be(ValidationOptions.Default);
    }

    [Fact]
    public void A_git_file_of_a_work_tree_or_submodule_is_a_repository_root_too()
    {
        folder.Write(".dinlint.json", "{ \"profile\": \"dashboard\" }");
        folder.Write("worktree/.git", "gitdir: ../repo/.git/worktrees/w\n");

        new LintConfigFinder().SettingsFor(Path.Combine(folder.Path, "worktree", "a.din")).ConfigPath.Should().BeNull();
    }

    [Fact]
    public void The_configuration_beside_the_git_folder_applies_to_the_whole_repository()
    {
        var root = folder.Write("repo/.dinlint.json", "{ \"profile\": \"dashboard\" }");

        new LintConfigFinder().SettingsFor(Path.Combine(folder.Path, "repo", "a", "b", "c.din")).ConfigPath.Should().Be(root);
    }

    [Fact]
    public void A_named_configuration_is_used_for_every_file_without_a_search()
    {
        folder.Write("repo/.dinlint.json", "{ \"profile\": \"api\" }");
        var named = folder.Write("ci/strict.json", "{ \"profile\": \"dashboard\" }");

        var lookup = new LintConfigFinder(named).SettingsFor(Path.Combine(folder.Path, "repo", "a.din"));

        lookup.ConfigPath.Should().Be(named);
        lookup.Settings!.Options.Profile.Should().Be(ValidationProfile.Dashboard);
    }

    [Fact]
    public async Task Lint_checks_each_file_with_the_configuration_above_it()
    {
        folder.Write("repo/dashboard/.dinlint.json", "{ \"profile\": \"dashboard\" }");
        const string TwoActions = "say en \"Hello\"\ntransfer +81336042000";
        var dashboard = folder.Write("repo/dashboard/two.din", TwoActions);
        var api = folder.Write("repo/api/two.din", TwoActions);

        var run = await Din.InProcess("lint", dashboard, api);

        run.Exit.Should().Be(1);
        run.Output.Should().NotContain(dashboard).And.Contain($"{api}:2:1: error DIN0051:");
    }

    [Trait("Category", "Process")]
    [Fact]
    public async Task Standard_input_takes_the_configuration_of_the_current_folder()
    {
        folder.Write("repo/.dinlint.json", "{ \"profile\": \"dashboard\" }");
        const string TwoActions = "say en \"Hello\"\ntransfer +81336042000";

        var inRepository = await Din.AsProcess(Path.Combine(folder.Path, "repo"), TwoActions, "lint", "-");
        var outside = await Din.AsProcess(folder.Path, TwoActions, "lint", "-");

        inRepository.Should().Be(new DinRun(0, "0 errors, 0 warnings in 1 file\n", string.Empty));
        outside.Exit.Should().Be(1);
    }
}
