using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DinActions.Cli.Tests.Testing;

/// <summary>A live action server on 127.0.0.1 and a port of the system's choosing, for <c>din test</c> against a URL.</summary>
public sealed class ScenarioServer : IAsyncLifetime
{
    private WebApplication? app;

    /// <summary>The server's root, such as <c>http://127.0.0.1:40123</c>.</summary>
    public string Root { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(2));
        app = builder.Build();

        // Answers by the caller, as an action server does: a hidden number sends no `caller` at all.
        app.MapGet("/office", (HttpContext context) => context.Request.Query.ContainsKey("caller")
            ? Plain("transfer +81336042000")
            : Plain("say en \"Please call again with your number shown.\""));
        app.MapGet("/broken", () => Results.Text("Traceback (most recent call last):", "text/plain", statusCode: 500));
        app.MapGet("/markup", () => Plain("say en \"<b>Tom & Jerry</b>\""));
        app.MapGet("/hostile", () => Results.Text("\u001b[2J<b>&</b>\u202Eevil\u0007", "text/plain", statusCode: 500));
        await app.StartAsync();
        Root = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static IResult Plain(string text) => Results.Text(text, "text/plain; charset=utf-8");
}
