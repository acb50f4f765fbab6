using DinActions.Cli.Configuration;
using DinActions.Tests.Readme;
using FluentAssertions;

namespace DinActions.Cli.Tests.Configuration;

/// <summary>README's <c>.dinlint.json</c> is the example file, the file means what its comments say, and the errors shown are real.</summary>
public sealed class ReadmeConfigTests
{
    private const string Section = "### Configuration: `.dinlint.json`";

    private static string ExampleFolder => Path.Combine(AppContext.BaseDirectory, "grammar", "examples", "config");

    [Fact]
    public void The_example_in_README_is_the_example_file()
    {
        var example = File.ReadAllText(Path.Combine(ExampleFolder, LintConfigFinder.FileName)).ReplaceLineEndings("\n");

        ReadmeBlock("jsonc", Section).Should().Be(example);
    }

    [Fact]
    public void The_example_file_is_read_without_problems_into_what_its_comments_say()
    {
        var text = File.ReadAllText(Path.Combine(ExampleFolder, LintConfigFinder.FileName));

        LintConfigReader.Read(Path.Combine(ExampleFolder, LintConfigFinder.FileName), text, out var config).Should().BeEmpty();

        config!.Root.Should().BeEquivalentTo(new
        {
            Profile = ValidationProfile.Dashboard,
            NumberingPlan = true,
            Rules = new Dictionary<string, RuleSeverity> { ["DIN0041"] = RuleSeverity.Error, ["DIN0058"] = RuleSeverity.Off },
        });
        config.Root.Languages.Select(language => (language.Code, language.Status)).Should().Equal(("id", LanguageStatus.Supported), ("ko", LanguageStatus.Supported));
        config.Overrides.Should().ContainSingle().Which.Patterns.Should().Equal("legacy/**/*.din", "imported/*.din");
    }

    [Trait("Category", "Process")]
    [Fact]
    public async Task Linting_the_example_folder_applies_the_top_level_and_the_override()
    {
        var run = await Din.AsProcess(ExampleFolder, null, "lint", ".");

        run.Should().Be(new DinRun(
            0,
            "./legacy/old.din:1:10: warning DIN0041: the URL path `/old.wav` does not end in `.mp3`; the cloud plays mp3 files only\n" +
            "  1 | playback https://example.com/old.wav\n" +
            "    |          ^~~~~~~~~~~~~~~~~~~~~~~~~~~\n" +
            "0 errors, 1 warning in 2 files\n",
            string.Empty));
    }

    [Trait("Category", "Process")]
    [Fact]
    public async Task The_errors_README_shows_are_what_din_prints()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));
        folder.Write(LintConfigFinder.FileName, "{\n  \"rules\": { \"DIN0410\": \"off\" },\n  \"overrides\": [{ \"files\": [\"legacy/**.din\"] }]\n}\n");
        folder.Write("actions/welcome.din", "say en \"Welcome.\"");

        var run = await Din.AsProcess(folder.Path, null, "lint", "actions/welcome.din");

        run.Exit.Should().Be(2);
        run.Error.Should().Be(ReadmeBlock("text", "- **Mistakes are errors.**"));
    }

    private static string ReadmeBlock(string language, string after) => MarkdownExample.ReadmeBlock(language, after);
}
