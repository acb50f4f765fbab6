using DinActions.Cli.Format;
using FluentAssertions;

namespace DinActions.Cli.Tests.Format;

/// <summary>`din fmt` command lines, parsed into <see cref="FmtSettings"/> without running them.</summary>
public sealed class FmtOptionsTests
{
    [Fact]
    public void Without_options_fmt_prints_standard_input_with_the_api_profile_and_no_numbering_plan()
    {
        var settings = FmtCommand.ReadSettings(Parsed("fmt"));

        settings.Paths.Should().BeEmpty();
        settings.Mode.Should().Be(FmtMode.Print);
        settings.Validation.Profile.Should().Be(ValidationProfile.Api);
        settings.Validation.CheckNumberingPlan.Should().BeFalse();
    }

    [Theory]
    [InlineData("--check", nameof(FmtMode.Check))]
    [InlineData("--write", nameof(FmtMode.Write))]
    [InlineData("-w", nameof(FmtMode.Write))]
    public void Check_and_write_choose_the_mode(string option, string mode) =>
        FmtCommand.ReadSettings(Parsed("fmt", option, "a.din")).Mode.ToString().Should().Be(mode);

    [Fact]
    public void Paths_and_profile_land_in_their_settings()
    {
        var settings = FmtCommand.ReadSettings(Parsed("fmt", "a.din", "-", "--profile", "dashboard"));

        settings.Paths.Should().Equal("a.din", "-");
        settings.Validation.Profile.Should().Be(ValidationProfile.Dashboard);
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
