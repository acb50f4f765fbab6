using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DinActions.Cli.Serve;

/// <summary>
/// Sends what the web server logs to the call log, in its format. Kestrel's refusals of requests over its limits
/// (a request line over 8 KB: 414) happen before any handler runs: they are logged and counted as refused here.
/// </summary>
internal sealed class WriterLoggerProvider(ServeLog log, ServeMetrics metrics) : ILoggerProvider
{
    /// <summary>The category under which Kestrel logs the requests it refuses, at Debug.</summary>
    public const string KestrelBadRequests = "Microsoft.AspNetCore.Server.Kestrel.BadRequests";

    public ILogger CreateLogger(string categoryName) => new WriterLogger(log, metrics, categoryName == KestrelBadRequests);

    public void Dispose()
    {
    }

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Critical => "crit",
        LogLevel.Error => "fail",
        LogLevel.Warning => "warn",
        LogLevel.Information => "info",
        _ => "dbug",
    };

    private sealed class WriterLogger(ServeLog log, ServeMetrics metrics, bool badRequests) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (badRequests)
            {
                // Only the refusal itself; Kestrel's other Debug lines about bad requests repeat it.
                if (exception is BadHttpRequestException refused)
                {
                    var reason = refused.StatusCode == StatusCodes.Status414UriTooLong ? "request-line-too-long" : "bad-request";
                    log.Refused(refused.StatusCode, reason, $"refused by Kestrel: {refused.Message}", null, null);
                    metrics.Refused(reason);
                }

                return;
            }

            if (IsEnabled(logLevel))
            {
                var message = formatter(state, exception);
                log.Message(LevelName(logLevel), exception is null ? message : $"{message} ({exception.GetType().Name}: {exception.Message})");
            }
        }
    }
}
