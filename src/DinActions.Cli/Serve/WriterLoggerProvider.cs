using System.Globalization;
using Microsoft.Extensions.Logging;

namespace DinActions.Cli.Serve;

/// <summary>
/// Writes log entries as single lines to a <see cref="TextWriter"/> (the command's standard output),
/// stamped with the injected clock, because commands never touch <see cref="Console"/> directly.
/// </summary>
internal sealed class WriterLoggerProvider(TextWriter output, TimeProvider time) : ILoggerProvider
{
    // Requests are served concurrently; one lock keeps lines whole.
    private readonly Lock writing = new();

    public ILogger CreateLogger(string categoryName) => new WriterLogger(this);

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string message, Exception? exception)
    {
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{time.GetUtcNow().UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ} {LevelName(level)} {message}{(exception is null ? string.Empty : $" ({exception.GetType().Name}: {exception.Message})")}");
        lock (writing)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Critical => "crit",
        LogLevel.Error => "fail",
        LogLevel.Warning => "warn",
        LogLevel.Information => "info",
        _ => "dbug",
    };

    private sealed class WriterLogger(WriterLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(logLevel, formatter(state, exception), exception);
            }
        }
    }
}
