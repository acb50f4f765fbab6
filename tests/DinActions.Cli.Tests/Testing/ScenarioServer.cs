using DinActions.Cli.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DinActions.Cli.Tests.Testing;

/// <summary>A live action server on 127.0.0.1 and a port of the system's choosing, for <c>din test</c> against a URL.</summary>
public sealed class ScenarioServer : IAsyncLifetime
{
    private LoopbackServer? server;

    /// <summary>The server's root, such as <c>http://127.0.0.1:40123</c>.</summary>
    public string Root => server?.Root ?? throw new InvalidOperationException("the server has not started");

    public async Task InitializeAsync() => server = await LoopbackServer.StartAsync(app =>
    {
        // Answers by the caller, as an action server does: a hidden number sends no `caller` at all.
        app.MapGet("/office", (HttpContext context) => context.Request.Query.ContainsKey("caller")
            ? Plain("transfer +81336042000")
            : Plain("say en \"Please call again with your number shown.\""));
        app.MapGet("/broken", () => Results.Text("Traceback (most recent call last):", "text/plain", statusCode: 500));
        app.MapGet("/markup", () => Plain("say en \"<b>Tom & Jerry</b>\""));
        app.MapGet("/hostile", () => Results.Text("\u001b[2J<b>&</b>\u202Eevil\u0007", "text/plain", statusCode: 500));
    });

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    private static IResult Plain(string text) => Results.Text(text, "text/plain; charset=utf-8");
}
