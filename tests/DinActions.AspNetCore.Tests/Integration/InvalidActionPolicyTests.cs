using System.Net;
using FluentAssertions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DinActions.AspNetCore.Tests.Integration;

/// <summary>
/// The example server's deliberate mistakes (<c>/mistakes/...</c>) under each invalid-action policy:
/// the fallback it configures, or a <c>500</c> when <c>DinActions:InvalidActionPolicy</c> says so.
/// </summary>
public sealed class InvalidActionPolicyTests : IClassFixture<ExampleServerFactory>
{
    private const string Query = "?caller=+8180123456789&recipient=+8150123456789";
    private const string Fallback = "say en \"Sorry, please call again later.\"";

    private readonly ExampleServerFactory server;
    private readonly HttpClient client;

    public InvalidActionPolicyTests(ExampleServerFactory server)
    {
        // The tests of one class run one after another on the shared server: each starts with no log.
        server.Logs.Clear();
        this.server = server;
        client = server.CreateClient();
    }

    [Fact]
    public async Task An_invalid_action_answers_the_fallback_and_logs_its_codes()
    {
        var response = await client.GetAsync("/mistakes/line-in-text" + Query);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/plain; charset=utf-8");
        (await response.Content.ReadAsStringAsync()).Should().Be(Fallback);
        var refusal = server.DinEntries.Should().ContainSingle(entry => entry.EventId.Name == "ActionRefusedWithFallback").Subject;
        refusal.Level.Should().Be(LogLevel.Error);
        refusal.Properties["DiagnosticCodes"].Should().BeOfType<string>().Which.Should().StartWith("DIN0033");
        refusal.Message.Should().Contain("caller=+8180123456789 recipient=+8150123456789").And.Contain("error DIN0033");
    }

    [Fact]
    public async Task An_invalid_action_answers_500_with_an_empty_body_when_the_policy_says_so()
    {
        await using var failing = server.WithWebHostBuilder(builder => builder.UseSetting("DinActions:InvalidActionPolicy", "FailWithServerError"));

        var response = await failing.CreateClient().GetAsync("/mistakes/number-without-plus" + Query);

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        var refusal = server.DinEntries.Should().ContainSingle(entry => entry.EventId.Name == "ActionRefusedWithServerError").Subject;
        refusal.Properties["DiagnosticCodes"].Should().Be("DIN0010");
    }

    [Fact]
    public async Task A_factory_that_throws_inside_MapDinAction_goes_to_the_policy()
    {
        (await client.GetStringAsync("/mistakes/control-character" + Query)).Should().Be(Fallback);
        server.DinEntries.Should().Contain(entry => entry.EventId.Name == "ActionRefusedWithFallback" && (string)entry.Properties["DiagnosticCodes"]! == "DIN0034");
    }

    [Fact]
    public async Task A_second_action_is_refused_under_the_api_profile()
    {
        (await client.GetStringAsync("/mistakes/two-actions" + Query)).Should().Be(Fallback);
        server.DinEntries.Single(entry => entry.Level == LogLevel.Error).Properties["DiagnosticCodes"].Should().Be("DIN0051");
    }

    [Fact]
    public async Task A_huge_query_value_does_not_reach_the_action_log()
    {
        var response = await client.GetAsync($"/mistakes/unknown-language?caller={new string('9', 200_000)}&recipient=%2B8150123456789");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        server.DinEntries.Should().Contain(entry => entry.EventId.Name == "ActionRefusedWithFallback")
            .And.OnlyContain(entry => entry.Message.Length < 1_000);
    }

    [Fact]
    public async Task An_invalid_fallback_stops_the_server_from_starting()
    {
        await using var misconfigured = server.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<DinActionOptions>(options => options.Fallback = new ActionScript())));

        var start = () => misconfigured.CreateClient();

        start.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("DIN0050");
    }
}
