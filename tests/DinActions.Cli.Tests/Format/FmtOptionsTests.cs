using DinActions.Cli.Configuration;
using DinActions.Cli.Format;
using FluentAssertions;

namespace DinActions.Cli.Tests.Format;

/// <summary>`din fmt` command lines, parsed into <see cref="FmtSettings"/> without running them.</summary>
public sealed class FmtOptionsTests
{
    [Fact]
    public void Without_options_fmt_prints_standard_input_and_leaves_the_settings_to_the_configuration()
    {
        var settings = FmtCommand.ReadSettings(Parsed("fmt"));

        settings.Paths.Should().BeEmpty();
        settings.Mode.Should().Be(FmtMode.Print);
        settings.CommandLine.Should().Be(ExplicitSettings.None);
        settings.ConfigPath.Should().BeNull();
    }

    [Theory]
    [InlineData("--check", nameof(FmtMode.Check))]
    [InlineData("--write", nameof(FmtMode.Write))]
    [InlineData("-w", nameof(FmtMode.Write))]
    public void Check_and_write_choose_the_mode(string option, string mode) =>
        FmtCommand.ReadSettings(Parsed("fmt", option, "a.din")).Mode.ToString().Should().Be(mode);

    [Fact]
    public void Paths_profile_and_config_land_in_their_settings()
    {
        var settings = FmtCommand.ReadSettings(Parsed("fmt", "a.din", "-", "--profile", "dashboard", "--config", "ci/.dinlint.json"));

        settings.Paths.Should().Equal("a.din", "-");
        settings.CommandLine.Profile.Should().Be(ValidationProfile.Dashboard);
        settings.ConfigPath.Should().Be("ci/.dinlint.json");
    }

    [Fact]
    public void Check_and_write_together_are_a_parse_error() =>
        Din.Parse("fmt", "--check", "--write", "a.din").Errors.Select(error => error.Message)
            .Should().Equal("--check and --write cannot be used together.");

    private static System.CommandLine.ParseResult Parsed(params string[] args)
    {
        var parsed = Din.Parse(args);
        parsed.Errors.Should().BeEmpty();
        return parsed;
    }
}
