using FluentAssertions;
using Microsoft.Extensions.Logging;

namespace DinActions.AspNetCore.Tests.Integration;

/// <summary>The same call model and results in the example server's MVC controller, <c>GET /mvc/action</c>.</summary>
public sealed class MvcTests(ExampleServerFactory server) : IClassFixture<ExampleServerFactory>
{
    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task A_controller_binds_the_call_and_answers_a_validated_result()
    {
        var known = await client.GetStringAsync("/mvc/action?caller=+8180123456789&recipient=%2B8150123456789");
        var anonymous = await client.GetStringAsync("/mvc/action?caller=&recipient=%2B8150123456789");
        var refused = await client.GetAsync("/mvc/action?caller=unknown");

        known.Should().Be("transfer +81336042000 --caller=+8180123456789");
        anonymous.Should().Be("say en \"Please call again with your number shown.\"");
        (await refused.Content.ReadAsStringAsync()).Should().Be("say en \"Sorry, please call again later.\"");
        refused.Content.Headers.ContentType!.ToString().Should().Be("text/plain; charset=utf-8");
        server.DinEntries.Should().Contain(entry => entry.Level == LogLevel.Error && (string)entry.Properties["DiagnosticCodes"]! == "DIN0020");
    }
}
