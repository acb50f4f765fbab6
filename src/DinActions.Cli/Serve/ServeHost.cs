using DinActions.AspNetCore;
using DinActions.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DinActions.Cli.Serve;

/// <summary>The web application behind <c>din serve</c>: Kestrel, one catch-all action URL, a request log line per call.</summary>
internal static partial class ServeHost
{
    /// <summary>The logger category of the request log.</summary>
    public const string RequestLogCategory = "din.serve";

    public static WebApplication Build(ActionPlan plan, ServeSettings settings, DinConsole console, TimeProvider time)
    {
        // The empty builder reads no appsettings.json, environment or command line: what is served
        // depends on the file and the options given, never on the folder it runs in.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.UseUrls(settings.Urls);
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        builder.Services.AddDinActions(options => options.Validation = plan.Validation);
        builder.Logging.AddProvider(new WriterLoggerProvider(console.Out, time));
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);

        var app = builder.Build();
        var requestLog = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(RequestLogCategory);

        // Every path answers, so the action URL can be any URL of the server, as with a file on a gist.
        app.MapDinAction("/{**path}", call =>
        {
            var answer = plan.Choose(call, time.GetUtcNow());
            LogCall(requestLog, call, answer.Rule, PrintableText.Escape(answer.Script.ToText()));
            return DinResults.Script(answer.Script);
        });
        return app;
    }

    [LoggerMessage(EventId = 1, EventName = "CallAnswered", Level = LogLevel.Information, Message = "{Call} rule=\"{Rule}\" answered: {Action}")]
    private static partial void LogCall(ILogger logger, DinCall call, string rule, string action);

    /// <summary>
    /// Stopping belongs to the command's cancellation token (Ctrl+C, SIGTERM, a test's deadline), not
    /// to console signal handlers of the host.
    /// </summary>
    private sealed class CommandLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
