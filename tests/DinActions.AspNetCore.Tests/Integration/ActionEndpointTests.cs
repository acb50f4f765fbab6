using System.Net;
using FluentAssertions;

namespace DinActions.AspNetCore.Tests.Integration;

/// <summary>The example server's <c>GET /action</c>, the README's handler, answering from the call.</summary>
public sealed class ActionEndpointTests(ExampleServerFactory server) : IClassFixture<ExampleServerFactory>
{
    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task An_answer_is_plain_utf8_text_one_line_without_a_final_line_break()
    {
        var response = await client.GetAsync("/action?caller=+8180123456789&recipient=+8150123456789");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/plain; charset=utf-8");
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal("transfer +81336042000 --caller=+8150123456789"u8.ToArray());
    }

    [Theory]
    [InlineData("?caller=+8180123456789&recipient=+8150123456789")]
    [InlineData("?caller=%2B8180123456789&recipient=%2B8150123456789")]
    [InlineData("?caller=8180123456789&recipient=8150123456789")]
    public async Task A_caller_who_shows_their_number_is_transferred_however_the_plus_arrived(string query)
    {
        (await client.GetStringAsync("/action" + query)).Should().Be("transfer +81336042000 --caller=+8150123456789");
    }

    [Theory]
    [InlineData("?recipient=+8150123456789")]
    [InlineData("?caller=&recipient=+8150123456789")]
    [InlineData("?caller=+&recipient=+8150123456789")]
    public async Task An_anonymous_caller_is_asked_to_call_again(string query)
    {
        (await client.GetStringAsync("/action" + query)).Should().Be("say en \"Please call again with your number shown.\"");
    }
}
