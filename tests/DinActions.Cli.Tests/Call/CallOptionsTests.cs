using DinActions.Cli.Call;
using FluentAssertions;

namespace DinActions.Cli.Tests.Call;

/// <summary>`din call` command lines, parsed into <see cref="CallSettings"/> without running them.</summary>
public sealed class CallOptionsTests
{
    private const string Caller = "+8180123456789";
    private const string Recipient = "+8150123456789";

    [Fact]
    public void Defaults_are_ten_seconds_the_api_profile_and_text()
    {
        var settings = CallCommand.ReadSettings(Parsed("call", "http://127.0.0.1:8000/din/", "--caller", Caller, "--recipient", Recipient));

        settings.Should().Be(new CallSettings(new Uri("http://127.0.0.1:8000/din/"), Caller, Recipient, TimeSpan.FromSeconds(10), ValidationProfile.Api, CallOutputFormat.Text));
    }

    [Fact]
    public void Every_option_lands_in_its_setting()
    {
        var settings = CallCommand.ReadSettings(Parsed(
            "call", "https://example.com/a?x=1", "--anonymous", "--recipient", Recipient, "--timeout", "2.5", "--profile", "dashboard", "--format", "json"));

        settings.Should().Be(new CallSettings(new Uri("https://example.com/a?x=1"), null, Recipient, TimeSpan.FromSeconds(2.5), ValidationProfile.Dashboard, CallOutputFormat.Json));
    }

    [Theory]
    [InlineData("--timeout", "0")]
    [InlineData("--timeout", "301")]
    [InlineData("--timeout", "1,5")]
    [InlineData("--profile", "web")]
    [InlineData("--format", "sarif")]
    [InlineData("--caller", "8180123456789")]
    public void A_bad_value_is_a_parse_error(string option, string value) =>
        Din.Parse("call", "http://127.0.0.1/", "--recipient", Recipient, "--anonymous", option, value).Errors.Should().NotBeEmpty();

    [Fact]
    public void Caller_and_anonymous_exclude_each_other() =>
        Din.Parse("call", "http://127.0.0.1/", "--caller", Caller, "--anonymous", "--recipient", Recipient).Errors.Select(error => error.Message)
            .Should().Equal("--caller and --anonymous exclude each other: a hidden number sends no caller.");

    private static System.CommandLine.ParseResult Parsed(params string[] args)
    {
        var parsed = Din.Parse(args);
        parsed.Errors.Should().BeEmpty();
        return parsed;
    }
}
