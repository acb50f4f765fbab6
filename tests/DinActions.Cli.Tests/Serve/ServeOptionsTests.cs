using DinActions.Cli.Serve;
using FluentAssertions;

namespace DinActions.Cli.Tests.Serve;

/// <summary>`din serve` command lines, parsed into <see cref="ServeSettings"/> without running them.</summary>
public sealed class ServeOptionsTests
{
    [Fact]
    public void Without_options_serve_listens_on_the_default_address_with_the_api_profile() =>
        ServeCommand.ReadSettings(Parsed("serve", "welcome.din"))
            .Should().Be(new ServeSettings("welcome.din", ServeSettings.DefaultUrls, ValidationProfile.Api));

    [Fact]
    public void Urls_and_profile_land_in_their_settings() =>
        ServeCommand.ReadSettings(Parsed("serve", "rules.json", "--urls", "http://127.0.0.1:0", "--profile", "dashboard"))
            .Should().Be(new ServeSettings("rules.json", "http://127.0.0.1:0", ValidationProfile.Dashboard));

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
