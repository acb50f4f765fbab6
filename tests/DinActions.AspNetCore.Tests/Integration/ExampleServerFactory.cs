extern alias ExampleServer;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace DinActions.AspNetCore.Tests.Integration;

/// <summary>
/// The example action server (<c>tests/DinActions.AspNetCore.ExampleServer</c>) in memory: its own
/// <c>Program</c>, routing, binding, MVC and options, with every log entry kept for the assertions.
/// </summary>
public sealed class ExampleServerFactory : WebApplicationFactory<ExampleServer::Program>
{
    internal CapturedLogs Logs { get; } = new();

    /// <summary>What the results logged under <see cref="DinActionResult.LogCategory"/>.</summary>
    internal IEnumerable<CapturedEntry> DinEntries => Logs.Entries.Where(entry => entry.Category == DinActionResult.LogCategory);

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.ConfigureLogging(logging =>
    {
        // Only the captured provider: the console would bury the test output under request logs.
        logging.ClearProviders();
        logging.SetMinimumLevel(LogLevel.Debug);
        logging.AddProvider(Logs);
    });
}
