using DinActions.Cli.Configuration;
using DinActions.Cli.Serve;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DinActions.Cli.Tests.Serve;

/// <summary>The web host <c>din serve</c> builds, looked at without starting it.</summary>
public sealed class ServeHostTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("din-serve-host-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Hostings_request_log_is_off_and_the_web_servers_warnings_and_refusals_still_reach_the_call_log()
    {
        var path = Path.Combine(folder, "welcome.din");
        await File.WriteAllTextAsync(path, "say en \"Welcome.\"");
        var settings = new ServeSettings(path, "http://127.0.0.1:0", ExplicitSettings.None);
        var first = FileLoader.Load(settings, TextReader.Null, DateTimeOffset.UnixEpoch).File!;
        using var output = new LogWriter(new StringWriter());
        var log = new ServeLog(output, TimeProvider.System, ServeLogFormat.Text);
        using var metrics = new ServeMetrics(path);
        await using var served = new ServedFile(first, settings, log, metrics, TimeProvider.System);
        await using var app = ServeHost.Build(served, settings, log, metrics, TimeProvider.System);

        var loggers = app.Services.GetRequiredService<ILoggerFactory>();

        loggers.CreateLogger(ServeHost.HostingRequests).IsEnabled(LogLevel.Critical)
            .Should().BeFalse("a logger on at any level makes hosting build an activity and a scope for every request");
        loggers.CreateLogger("Microsoft.AspNetCore.Server.Kestrel").IsEnabled(LogLevel.Warning).Should().BeTrue();
        loggers.CreateLogger("Microsoft.AspNetCore.Server.Kestrel").IsEnabled(LogLevel.Information).Should().BeFalse();
        loggers.CreateLogger("Microsoft.Extensions.Hosting.Internal.Host").IsEnabled(LogLevel.Error).Should().BeTrue();
        loggers.CreateLogger(WriterLoggerProvider.KestrelBadRequests).IsEnabled(LogLevel.Debug).Should().BeTrue();
    }
}
