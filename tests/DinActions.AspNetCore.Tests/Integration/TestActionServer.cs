using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace DinActions.AspNetCore.Tests.Integration;

/// <summary>
/// A one-off action server on ASP.NET Core's in-memory test server, for a handler the example server
/// does not have: real routing, binding and results, no socket.
/// </summary>
internal sealed class TestActionServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private TestActionServer(WebApplication app, CapturedLogs logs)
    {
        this.app = app;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public CapturedLogs Logs { get; }

    public HttpClient Client { get; }

    public static async Task<TestActionServer> StartAsync(Action<WebApplication> map, Action<DinActionOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(logs);
        builder.Services.AddDinActions(configure);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return new TestActionServer(app, logs);
    }

    public IEnumerable<CapturedEntry> DinEntries => Logs.Entries.Where(entry => entry.Category == DinActionResult.LogCategory);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
