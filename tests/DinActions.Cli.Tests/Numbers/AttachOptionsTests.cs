using DinActions.Cli.Numbers;
using FluentAssertions;

namespace DinActions.Cli.Tests.Numbers;

/// <summary>`din numbers attach` command lines, parsed into <see cref="AttachSettings"/> without running them.</summary>
public sealed class AttachOptionsTests
{
    [Fact]
    public void Without_options_attach_checks_first_with_the_seeds_example_numbers() =>
        AttachCommand.ReadSettings(Parsed("numbers", "attach", "JPafr34rafic76tf", "https://example.com/command/"))
            .Should().Be(new AttachSettings("JPafr34rafic76tf", new Uri("https://example.com/command/"), true, "+8180123456789", "+8150123456789"));

    [Fact]
    public void Every_option_lands_in_its_setting() =>
        AttachCommand.ReadSettings(Parsed("numbers", "attach", "JPafr34rafic76tf", "https://example.com/command/", "--no-check", "--caller", "+819011112222", "--recipient", "+81501112222"))
            .Should().Be(new AttachSettings("JPafr34rafic76tf", new Uri("https://example.com/command/"), false, "+819011112222", "+81501112222"));

    [Theory]
    [InlineData("ftp://example.com/x")]
    [InlineData("/relative")]
    public void An_action_url_that_is_not_absolute_http_is_a_parse_error(string url) =>
        Din.Parse("numbers", "attach", "JPafr34rafic76tf", url).Errors.Should().NotBeEmpty();

    [Fact]
    public void A_caller_that_is_not_e164_is_a_parse_error() =>
        Din.Parse("numbers", "attach", "JPafr34rafic76tf", "https://example.com/", "--caller", "0312345678").Errors.Should().NotBeEmpty();

    private static System.CommandLine.ParseResult Parsed(params string[] args)
    {
        var parsed = Din.Parse(args);
        parsed.Errors.Should().BeEmpty();
        return parsed;
    }
}
