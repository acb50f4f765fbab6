using System.Net;
using FluentAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DinActions.AspNetCore.Tests.Integration;

/// <summary>
/// What each result writes, one handler per shape: content type, one canonical line per action,
/// escaping, warnings, and the default fallback. These handlers are not the example server's, so each
/// test maps its own on <see cref="TestActionServer"/>; the example server covers the policy.
/// </summary>
public sealed class DinResultsTests
{
    private const string Query = "?caller=+8180123456789&recipient=+8150123456789";

    [Fact]
    public async Task An_answer_is_plain_utf8_text_one_canonical_line_without_a_final_line_break()
    {
        await using var server = await TestActionServer.StartAsync(app =>
            app.MapGet("/", () => DinResults.Text("say   en \"Hello\" ")));

        var response = await server.Client.GetAsync("/" + Query);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/plain; charset=utf-8");
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal("say en \"Hello\""u8.ToArray());
    }

    [Fact]
    public async Task User_text_is_escaped_and_written_as_utf8()
    {
        await using var server = await TestActionServer.StartAsync(app =>
            app.MapDinAction("/", _ => DinResults.Say("ja", "「1」を押して \"営業\" \\ へ")));

        var body = await server.Client.GetStringAsync("/" + Query);

        body.Should().Be("say ja \"「1」を押して \\\"営業\\\" \\\\ へ\"");
    }

    [Fact]
    public async Task Every_builder_answers_its_canonical_line()
    {
        await using var server = await TestActionServer.StartAsync(app =>
        {
            app.MapDinAction("/transfer", call => DinResults.Transfer("+81336042000", call.Recipient?.Value));
            app.MapDinAction("/playback", _ => DinResults.Playback("https://example.com/welcome.mp3"));
            app.MapDinAction("/voicemail", _ => DinResults.Voicemail(DinAction.Say("en", "Leave a message.")));
            app.MapDinAction("/action", _ => DinAction.Transfer("+81336042000"));
        });

        (await server.Client.GetStringAsync("/transfer" + Query)).Should().Be("transfer +81336042000 --caller=+8150123456789");
        (await server.Client.GetStringAsync("/playback" + Query)).Should().Be("playback https://example.com/welcome.mp3");
        (await server.Client.GetStringAsync("/voicemail" + Query)).Should().Be("voicemail say en \"Leave a message.\"");
        (await server.Client.GetStringAsync("/action" + Query)).Should().Be("transfer +81336042000");
    }

    [Fact]
    public async Task A_two_action_script_is_two_lines_under_the_dashboard_profile()
    {
        var script = new ActionScript(DinAction.Say("en", "Connecting you."), DinAction.Transfer("+81336042000"));
        await using var server = await TestActionServer.StartAsync(
            app => app.MapDinAction("/", _ => DinResults.Script(script)),
            options => options.Validation = ValidationOptions.Default with { Profile = ValidationProfile.Dashboard });

        (await server.Client.GetStringAsync("/" + Query)).Should().Be("say en \"Connecting you.\"\ntransfer +81336042000");
    }

    [Fact]
    public async Task The_default_fallback_is_voicemail()
    {
        await using var server = await TestActionServer.StartAsync(app => app.MapDinAction("/", _ => DinResults.Say("jp", "Hello")));

        (await server.Client.GetStringAsync("/" + Query)).Should().Be("voicemail");
        server.DinEntries.Single(entry => entry.Level == LogLevel.Error).Properties["DiagnosticCodes"].Should().Be("DIN0020");
    }

    [Fact]
    public async Task Warnings_are_logged_and_the_action_is_answered()
    {
        await using var server = await TestActionServer.StartAsync(app => app.MapDinAction("/", _ => DinResults.Playback("https://example.com/welcome")));

        (await server.Client.GetStringAsync("/" + Query)).Should().Be("playback https://example.com/welcome");
        server.DinEntries.Should().Contain(entry => entry.Level == LogLevel.Warning && (string)entry.Properties["DiagnosticCodes"]! == "DIN0041");
    }

    [Fact]
    public async Task A_result_works_without_AddDinActions()
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        context.RequestServices = new ServiceCollection().BuildServiceProvider();

        await DinResults.Say("en", "Hi\n").ExecuteAsync(context);

        context.Response.StatusCode.Should().Be(200);
        System.Text.Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray()).Should().Be("voicemail");
    }
}
