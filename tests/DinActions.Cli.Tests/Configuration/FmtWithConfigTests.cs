using FluentAssertions;

namespace DinActions.Cli.Tests.Configuration;

/// <summary><c>din fmt</c> reads <c>.dinlint.json</c> too, so it formats exactly the scripts <c>din lint</c> accepts.</summary>
public sealed class FmtWithConfigTests : IDisposable
{
    private readonly TempFolder folder = new();

    public FmtWithConfigTests() => Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_configurations_profile_lets_a_dashboard_script_be_formatted()
    {
        var path = folder.Write("two.din", "say  en \"Hello\"\ntransfer +81336042000");
        (await Din.InProcess("fmt", path)).Exit.Should().Be(1);

        folder.Write(".dinlint.json", "{ \"profile\": \"dashboard\" }");

        (await Din.InProcess("fmt", path)).Should().Be(new DinRun(0, "say en \"Hello\"\ntransfer +81336042000", string.Empty));
    }

    [Fact]
    public async Task A_language_the_configuration_adds_is_formatted()
    {
        var path = folder.Write("ko.din", "say ko  \"안녕하세요\"");
        folder.Write(".dinlint.json", "{ \"languages\": { \"ko\": { \"status\": \"supported\", \"scripts\": [\"Hangul\"] } } }");

        (await Din.InProcess("fmt", path)).Should().Be(new DinRun(0, "say ko \"안녕하세요\"", string.Empty));
    }

    [Fact]
    public async Task A_rule_raised_to_an_error_refuses_the_file_as_lint_does()
    {
        var path = folder.Write("welcome.din", "playback  https://example.com/welcome.wav");
        folder.Write(".dinlint.json", "{ \"rules\": { \"DIN0041\": \"error\" } }");

        var run = await Din.InProcess("fmt", path);

        run.Exit.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith($"{path}:1:11: error DIN0041:");
    }

    [Fact]
    public async Task A_numbering_plan_raised_to_an_error_is_checked_before_formatting()
    {
        var path = folder.Write("plan.din", "transfer  +81807181881");
        (await Din.InProcess("fmt", path)).Exit.Should().Be(0);

        folder.Write(".dinlint.json", "{ \"rules\": { \"DIN0015\": \"error\" } }");

        (await Din.InProcess("fmt", path)).Error.Should().StartWith($"{path}:1:11: error DIN0015:");
    }

    [Fact]
    public async Task The_command_lines_profile_and_a_named_configuration_win()
    {
        var path = folder.Write("two.din", "say en \"Hello\"\ntransfer +81336042000");
        folder.Write(".dinlint.json", "{ \"profile\": \"dashboard\" }");
        var strict = folder.Write("ci/api.json", "{ \"profile\": \"api\" }");

        (await Din.InProcess("fmt", "--profile", "api", path)).Exit.Should().Be(1);
        (await Din.InProcess("fmt", "--config", strict, path)).Exit.Should().Be(1);
        (await Din.InProcess("fmt", "--config", strict, "--profile", "dashboard", path)).Exit.Should().Be(0);
    }

    [Fact]
    public async Task A_broken_configuration_leaves_its_files_untouched_with_exit_2()
    {
        var config = folder.Write(".dinlint.json", "{ \"profile\": \"web\" }");
        var path = folder.Write("a.din", "say  en \"Hi\"");

        var run = await Din.InProcess("fmt", "--write", path);

        run.Exit.Should().Be(2);
        run.Error.Should().Be(
            $"{config}:1:14: error: $.profile: `web` is not a profile; write `api` or `dashboard`\n" +
            $"{path}: error: not formatted: its configuration {config} has errors\n");
        (await File.ReadAllTextAsync(path)).Should().Be("say  en \"Hi\"");
    }
}
