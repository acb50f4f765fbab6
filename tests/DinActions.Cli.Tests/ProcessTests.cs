using FluentAssertions;

namespace DinActions.Cli.Tests;

/// <summary>The tool as a real process: exit codes, standard input, files and folders, version and help.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Trait("Category", "Process")]
    [Fact]
    public async Task Version_prints_the_tool_version()
    {
        var run = await Din.AsProcess(folder.Path, null, "--version");

        run.Exit.Should().Be(0);
        run.Output.Trim().Should().Be(DinActions.Cli.ToolInfo.Version);
    }

    [Fact]
    public void The_tool_asks_the_runtime_to_optimise_hot_code_early()
    {
        // The runtime's default wait before optimising would leave a long din lint --lines run in unoptimised code for seconds.
        using var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "din.runtimeconfig.json")));

        config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties")
            .GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32().Should().Be(10);
    }

    [Trait("Category", "Process")]
    [Fact]
    public async Task Help_documents_every_command_and_lint_documents_every_option()
    {
        var root = await Din.AsProcess(folder.Path, null, "--help");
        var lint = await Din.AsProcess(folder.Path, null, "lint", "--help");

        root.Exit.Should().Be(0);
        root.Output.Should().Contain("lint").And.Contain("fmt").And.Contain("explain").And.Contain("rules");
        foreach (var option in new[] { "--profile", "--format", "--output", "--warnings-as-errors", "--no-numbering-plan", "--lines" })
        {
            lint.Output.Should().Contain(option);
        }
    }

    [Trait("Category", "Process")]
    [Fact]
    public async Task Exit_codes_are_0_for_valid_1_for_errors_2_for_missing_files()
    {
        var valid = folder.Write("ok.din", "voicemail");
        var broken = folder.Write("broken.din", "voicemial");

        (await Din.AsProcess(folder.Path, null, "lint", valid)).Exit.Should().Be(0);
        (await Din.AsProcess(folder.Path, null, "lint", broken)).Exit.Should().Be(1);
        var missing = await Din.AsProcess(folder.Path, null, "lint", "missing.din");
        missing.Exit.Should().Be(2);
        missing.Error.Should().Be("missing.din: error: no such file\n");
    }

    [Trait("Category", "Process")]
    [Fact]
    public async Task Standard_input_is_linted_and_formatted()
    {
        var lint = await Din.AsProcess(folder.Path, "say en Hello", "lint", "-");
        var fmt = await Din.AsProcess(folder.Path, "say    en \"Hello\"\n", "fmt");

        lint.Exit.Should().Be(1);
        lint.Output.Should().StartWith("-:1:8: error DIN0030: put the text in double quotes: `\"Hello\"`");
        fmt.Should().Be(new DinRun(0, "say en \"Hello\"\n", string.Empty));
    }

    [Trait("Category", "Process")]
    [Fact]
    public async Task A_folder_of_many_files_is_linted_with_one_summary()
    {
        for (var index = 0; index < 300; index++)
        {
            folder.Write($"many/{index:D3}.din", index % 100 == 7 ? "Say en \"Hi\"" : "voicemail");
        }

        var run = await Din.AsProcess(folder.Path, null, "lint", "many");

        run.Exit.Should().Be(1);
        run.Output.Should().EndWith("3 errors, 0 warnings in 300 files\n");
    }

    [Trait("Category", "Process")]
    [Fact]
    public async Task Lines_mode_streams_a_large_log()
    {
        var log = Path.Combine(folder.Path, "served.log");
        await File.WriteAllLinesAsync(log, Enumerable.Range(0, 50_000).Select(index => index == 40_000 ? "tranfer +81336042000" : "say en \"Thank you for calling.\""));

        var run = await Din.AsProcess(folder.Path, null, "lint", "--lines", "--no-numbering-plan", "served.log");

        run.Exit.Should().Be(1);
        run.Output.Should().StartWith("served.log:40001:1: error DIN0001:").And.EndWith("1 error, 0 warnings in 1 file\n");
        run.Error.Should().BeEmpty("progress is shown only on a terminal");
    }
}
