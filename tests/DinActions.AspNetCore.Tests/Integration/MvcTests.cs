using FluentAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace DinActions.AspNetCore.Tests.Integration;

/// <summary>The same call model and results in an MVC controller.</summary>
public sealed class MvcTests
{
    [Fact]
    public async Task A_controller_binds_the_call_and_answers_a_validated_result()
    {
        await using var server = await TestActionServer.StartAsync(
            app => app.MapControllers(),
            services: services => services.AddControllers().AddApplicationPart(typeof(MvcTests).Assembly));

        var known = await server.Client.GetStringAsync("/mvc/action?caller=+8180123456789&recipient=%2B8150123456789");
        var anonymous = await server.Client.GetStringAsync("/mvc/action?caller=&recipient=%2B8150123456789");
        var refused = await server.Client.GetAsync("/mvc/action?caller=unknown");

        known.Should().Be("transfer +81336042000 --caller=+8180123456789");
        anonymous.Should().Be("say en \"Please call again with your number shown.\"");
        (await refused.Content.ReadAsStringAsync()).Should().Be("voicemail");
        refused.Content.Headers.ContentType!.ToString().Should().Be("text/plain; charset=utf-8");
    }
}

/// <summary>An action server written as an MVC controller.</summary>
[ApiController]
[Route("mvc")]
public sealed class ActionController : ControllerBase
{
    [HttpGet("action")]
    public IResult Answer(DinCall call) => call switch
    {
        { IsAnonymous: true } => DinResults.Say("en", "Please call again with your number shown."),
        { Caller: { } caller } => DinResults.Transfer("+81336042000", caller.Value),

        // A caller that is not a number: the handler's mistake (`jp` is not a language code) is refused
        // by the result, and the fallback answers.
        _ => DinResults.Say("jp", "Hello"),
    };
}
