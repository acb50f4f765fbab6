using FluentAssertions;

namespace DinActions.Cli.Tests.Configuration;

/// <summary><c>din lint</c> with a <c>.dinlint.json</c>: rules turned off or raised change what is reported and the exit code.</summary>
public sealed class LintWithConfigTests : IDisposable
{
    private readonly TempFolder folder = new();

    public LintWithConfigTests() => Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_warning_raised_to_an_error_fails_the_run()
    {
        var path = folder.Write("welcome.din", "playback https://example.com/welcome.wav");
        (await Din.InProcess("lint", path)).Exit.Should().Be(0);

        folder.Write(".dinlint.json", "{ \"rules\": { \"DIN0041\": \"error\" } }");
        var run = await Din.InProcess("lint", path);

        run.Exit.Should().Be(1);
        run.Output.Should().StartWith($"{path}:1:10: error DIN0041:").And.EndWith("1 error, 0 warnings in 1 file\n");
    }

    [Fact]
    public async Task An_error_turned_off_is_not_reported_and_the_run_passes()
    {
        var path = folder.Write("plain.din", "transfer 81336042000");
        (await Din.InProcess("lint", path)).Exit.Should().Be(1);

        folder.Write(".dinlint.json", "{ \"rules\": { \"DIN0010\": \"off\" } }");

        (await Din.InProcess("lint", path)).Should().Be(new DinRun(0, "0 errors, 0 warnings in 1 file\n", string.Empty));
    }

    [Fact]
    public async Task An_error_lowered_to_a_warning_passes_unless_warnings_are_errors()
    {
        var path = folder.Write("two.din", "say en \"Hello\"\ntransfer +81336042000");
        folder.Write(".dinlint.json", "{ \"rules\": { \"DIN0051\": \"warning\" } }");

        var run = await Din.InProcess("lint", path);

        run.Exit.Should().Be(0);
        run.Output.Should().StartWith($"{path}:2:1: warning DIN0051:");
        (await Din.InProcess("lint", "--warnings-as-errors", path)).Exit.Should().Be(1);
    }

    [Fact]
    public async Task A_language_the_configuration_adds_is_accepted_and_a_paused_one_made_supported_no_longer_warns()
    {
        var korean = folder.Write("ko.din", "say ko \"안녕하세요\"");
        var indonesian = folder.Write("id.din", "say id \"Selamat datang\"");
        (await Din.InProcess("lint", korean)).Output.Should().Contain("error DIN0020");
        (await Din.InProcess("lint", indonesian)).Output.Should().Contain("warning DIN0021");

        folder.Write(".dinlint.json", "{ \"languages\": { \"id\": \"supported\", \"ko\": { \"status\": \"supported\", \"scripts\": [\"Hangul\"] } } }");

        (await Din.InProcess("lint", korean, indonesian)).Should().Be(new DinRun(0, "0 errors, 0 warnings in 2 files\n", string.Empty));
    }

    [Fact]
    public async Task The_numbering_plan_can_be_turned_off_by_the_configuration_and_the_profile_set_by_the_command_line()
    {
        var path = folder.Write("plan.din", "transfer +81807181881\nsay en \"Bye\"");
        folder.Write(".dinlint.json", "{ \"numberingPlan\": false }");

        var run = await Din.InProcess("lint", "--profile", "dashboard", path);

        run.Exit.Should().Be(0);
        run.Output.Should().NotContain("DIN0015").And.Contain("warning DIN0052");
    }

    [Fact]
    public async Task Lines_mode_checks_each_log_with_its_configuration()
    {
        var path = folder.Write("served.log", "say en \"Hi\"\nplayback https://example.com/a.wav\n");
        folder.Write(".dinlint.json", "{ \"rules\": { \"DIN0041\": \"error\" } }");

        var run = await Din.InProcess("lint", "--lines", path);

        run.Exit.Should().Be(1);
        run.Output.Should().StartWith($"{path}:2:10: error DIN0041:");
    }

    [Fact]
    public async Task A_broken_configuration_is_reported_once_and_its_files_are_not_checked()
    {
        var config = folder.Write(".dinlint.json", "{ \"rules\": { \"DIN9999\": \"off\" } }");
        var first = folder.Write("a.din", "tranfer +81336042000");
        var second = folder.Write("b.din", "say en \"Hi\"");
        var elsewhere = Directory.CreateDirectory(Path.Combine(folder.Path, "other", ".git")).Parent!.FullName;
        var outside = Path.Combine(elsewhere, "c.din");
        File.WriteAllText(outside, "say en \"Hi\"");

        var run = await Din.InProcess("lint", first, second, outside);

        run.Exit.Should().Be(2);
        run.Error.Should().Be(
            $"{config}:1:14: error: $.rules.DIN9999: unknown rule `DIN9999`; `din rules` lists every code\n" +
            $"{first}: error: not checked: its configuration {config} has errors\n" +
            $"{second}: error: not checked: its configuration {config} has errors\n");
        run.Output.Should().Be("0 errors, 0 warnings in 1 file\n");
    }

    [Fact]
    public async Task A_named_configuration_that_cannot_be_read_stops_the_run_with_exit_2()
    {
        var path = folder.Write("a.din", "say en \"Hi\"");
        var missing = Path.Combine(folder.Path, "missing.json");

        var run = await Din.InProcess("lint", "--config", missing, path);

        run.Should().Be(new DinRun(2, string.Empty, $"{missing}: error: cannot read the configuration: no such file\n"));
    }

    [Fact]
    public async Task A_named_configuration_is_used_instead_of_the_one_found()
    {
        var path = folder.Write("welcome.din", "playback https://example.com/welcome.wav");
        folder.Write(".dinlint.json", "{ \"rules\": { \"DIN0041\": \"off\" } }");
        var strict = folder.Write("ci/strict.json", "{ \"rules\": { \"DIN0041\": \"error\" } }");

        (await Din.InProcess("lint", path)).Exit.Should().Be(0);
        (await Din.InProcess("lint", "--config", strict, path)).Exit.Should().Be(1);
    }

    [Trait("Category", "Process")]
    [Fact]
    public async Task A_configuration_under_the_current_folder_is_named_by_its_relative_path()
    {
        folder.Write(".dinlint.json", "{ \"profile\": \"web\" }");
        folder.Write("a.din", "say en \"Hi\"");

        var run = await Din.AsProcess(folder.Path, null, "lint", "a.din");

        run.Exit.Should().Be(2);
        run.Error.Should().StartWith(".dinlint.json:1:14: error: $.profile: `web` is not a profile;");
    }

    [Trait("Category", "Process")]
    [Fact]
    public async Task In_the_github_format_a_configuration_problem_is_an_annotation_on_the_configuration()
    {
        folder.Write(".dinlint.json", "{\n  \"rules\": { \"DIN0041\": \"warn\" }\n}");
        folder.Write("a.din", "say en \"Hi\"");

        var run = await Din.AsProcess(folder.Path, null, "lint", "--format", "github", "a.din");

        run.Exit.Should().Be(2);
        run.Output.Should().Be(
            "::error file=.dinlint.json,line=2,col=25,title=.dinlint.json::$.rules.DIN0041: `warn` is not a severity; did you mean `warning`? write `off`, `info`, `warning` or `error`\n" +
            "::error file=a.din::a.din: not checked: its configuration .dinlint.json has errors\n" +
            "0 errors, 0 warnings in 0 files\n");
    }
}
