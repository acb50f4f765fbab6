using DinActions.Cli.Configuration;
using DinActions.Cli.Serve;
using FluentAssertions;

namespace DinActions.Cli.Tests.Serve;

/// <summary>`din serve` command lines, parsed into <see cref="ServeSettings"/> without running them.</summary>
public sealed class ServeOptionsTests
{
    [Fact]
    public void Without_options_serve_listens_on_the_default_address_and_leaves_the_profile_to_the_configuration() =>
        ServeCommand.ReadSettings(Parsed("serve", "welcome.din"))
            .Should().Be(new ServeSettings("welcome.din", ServeSettings.DefaultUrls, ExplicitSettings.None, null, "/healthz", ServeLogFormat.Text));

    [Fact]
    public void Urls_and_profile_land_in_their_settings() =>
        ServeCommand.ReadSettings(Parsed("serve", "rules.json", "--urls", "http://127.0.0.1:0", "--profile", "dashboard"))
            .Should().Be(new ServeSettings("rules.json", "http://127.0.0.1:0", new ExplicitSettings(ValidationProfile.Dashboard)));

    [Fact]
    public void Config_health_path_and_log_format_land_in_their_settings() =>
        ServeCommand.ReadSettings(Parsed("serve", "a.din", "--config", "ci.dinlint.json", "--health-path", "/up", "--log-format", "json"))
            .Should().Be(new ServeSettings("a.din", ServeSettings.DefaultUrls, ExplicitSettings.None, "ci.dinlint.json", "/up", ServeLogFormat.Json));

    [Theory]
    [InlineData("--health-path", "up")]
    [InlineData("--log-format", "xml")]
    public void A_bad_health_path_or_log_format_is_a_usage_error(string option, string value) =>
        Din.Parse("serve", "a.din", option, value).Errors.Should().ContainSingle();

    [Fact]
    public void The_file_is_required() =>
        Din.Parse("serve").Errors.Should().NotBeEmpty();

    private static System.CommandLine.ParseResult Parsed(params string[] args)
    {
        var parsed = Din.Parse(args);
        parsed.Errors.Should().BeEmpty();
        return parsed;
    }
}
