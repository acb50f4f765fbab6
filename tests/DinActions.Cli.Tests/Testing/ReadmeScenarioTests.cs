using DinActions.Tests.Readme;
using FluentAssertions;

namespace DinActions.Cli.Tests.Testing;

/// <summary>README's scenario file is the example file, runs green against README's rules file, and its failure is real.</summary>
public sealed class ReadmeScenarioTests : IDisposable
{
    private const string Section = "### `din test`";

    private readonly TempFolder folder = new();

    private static string ExampleFolder => Path.Combine(AppContext.BaseDirectory, "grammar", "examples", "test");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_scenario_file_and_the_rules_file_of_README_are_the_example_files()
    {
        ReadmeBlock("jsonc", Section).Should().Be(File.ReadAllText(Path.Combine(ExampleFolder, "scenarios.jsonc")).ReplaceLineEndings("\n"));
        ReadmeBlock("json", "### `din serve`").Should().Be(File.ReadAllText(Path.Combine(ExampleFolder, "rules.json")).ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task README_s_scenarios_pass_on_README_s_rules_file()
    {
        folder.Write("rules.json", ReadmeBlock("json", "### `din serve`"));
        var scenarios = folder.Write("scenarios.jsonc", ReadmeBlock("jsonc", Section));

        var run = await Din.InProcess("test", scenarios);

        run.Error.Should().BeEmpty();
        run.Output.Split('\n').Should().HaveCount(6).And.Subject.Take(4).Should().AllSatisfy(line => line.Should().StartWith("PASS  "));
        run.Exit.Should().Be(ExitCodes.Success);
    }

    [Fact]
    public async Task The_failure_README_shows_is_what_a_rules_file_without_New_Year_gives()
    {
        var rules = ReadmeBlock("json", "### `din serve`");
        var newYear = "    \"2026-01-01\": { \"name\": \"New Year\", \"activeHours\": [] },\n";
        rules.Should().Contain(newYear);
        folder.Write("rules.json", rules.Replace(newYear, string.Empty, StringComparison.Ordinal));
        folder.Write("scenarios.jsonc", ReadmeBlock("jsonc", Section));

        var run = await Din.AsProcess(folder.Path, null, "test", "scenarios.jsonc");

        run.Output.Should().Be(ReadmeBlock("text", "Were New Year's Day left out of the rules file"));
        run.Exit.Should().Be(ExitCodes.ErrorsFound);
    }

    private static string ReadmeBlock(string language, string after) => MarkdownExample.ReadmeBlock(language, after);
}
