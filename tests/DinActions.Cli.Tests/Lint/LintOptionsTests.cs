using DinActions.Cli.Configuration;
using DinActions.Cli.Lint;
using FluentAssertions;

namespace DinActions.Cli.Tests.Lint;

/// <summary>`din lint` command lines, parsed into <see cref="LintSettings"/> without running them.</summary>
public sealed class LintOptionsTests
{
    [Fact]
    public void Without_options_lint_reads_standard_input_as_text_with_the_api_profile_and_the_numbering_plan()
    {
        var settings = LintCommand.ReadSettings(Parsed("lint"));

        settings.Paths.Should().BeEmpty();
        settings.CommandLine.Should().Be(ExplicitSettings.None, "what the command line does not say is left to the configuration");
        settings.ConfigPath.Should().BeNull();
        settings.PrintConfigPath.Should().BeNull();
        settings.Format.Should().Be(LintFormat.Text);
        settings.OutputPath.Should().BeNull();
        settings.WarningsAsErrors.Should().BeFalse();
    }

    [Fact]
    public void Every_option_lands_in_its_setting()
    {
        var settings = LintCommand.ReadSettings(Parsed(
            "lint", "a.din", "actions/", "--profile", "dashboard", "--format", "sarif", "--output", "din.sarif",
            "--warnings-as-errors", "--no-numbering-plan", "--lines", "--config", "ci/.dinlint.json"));

        settings.Paths.Should().Equal("a.din", "actions/");
        settings.CommandLine.Should().Be(new ExplicitSettings(ValidationProfile.Dashboard, CheckNumberingPlan: false, Lines: true));
        settings.ConfigPath.Should().Be("ci/.dinlint.json");
        settings.Format.Should().Be(LintFormat.Sarif);
        settings.OutputPath.Should().Be("din.sarif");
        settings.WarningsAsErrors.Should().BeTrue();
    }

    [Theory]
    [InlineData("text", nameof(LintFormat.Text))]
    [InlineData("json", nameof(LintFormat.Json))]
    [InlineData("sarif", nameof(LintFormat.Sarif))]
    [InlineData("github", nameof(LintFormat.GitHub))]
    public void Format_names_map_to_formats(string name, string format) =>
        LintCommand.ReadSettings(Parsed("lint", "--format", name)).Format.ToString().Should().Be(format);

    [Fact]
    public void An_explicit_api_profile_is_given_though_it_is_the_default() =>
        LintCommand.ReadSettings(Parsed("lint", "--profile", "api")).CommandLine.Profile.Should().Be(ValidationProfile.Api);

    [Fact]
    public void Print_config_names_its_file() =>
        LintCommand.ReadSettings(Parsed("lint", "--print-config", "actions/a.din")).PrintConfigPath.Should().Be("actions/a.din");

    [Fact]
    public void Print_config_with_paths_to_lint_is_a_parse_error() =>
        Din.Parse("lint", "--print-config", "a.din", "b.din").Errors.Select(error => error.Message)
            .Should().Equal("--print-config prints the settings of the one file it names; give no other paths.");

    [Fact]
    public void The_short_output_option_is_the_long_one() =>
        LintCommand.ReadSettings(Parsed("lint", "-o", "report.json")).OutputPath.Should().Be("report.json");

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--profile", "web")]
    public void An_unknown_value_is_a_parse_error(string option, string value) =>
        Din.Parse("lint", option, value).Errors.Should().ContainSingle();

    private static System.CommandLine.ParseResult Parsed(params string[] args)
    {
        var parsed = Din.Parse(args);
        parsed.Errors.Should().BeEmpty();
        return parsed;
    }
}
