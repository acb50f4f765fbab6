using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DinActions.AspNetCore.Tests.Integration;

/// <summary>A logger provider that keeps every entry, so tests can check what a server logged.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedEntry> entries = new();

    public IReadOnlyList<CapturedEntry> Entries => [.. entries];

    /// <summary>Forgets what was logged, so that a test on a shared server reads only its own entries.</summary>
    public void Clear() => entries.Clear();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<CapturedEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new CapturedEntry(category, logLevel, eventId, formatter(state, exception), properties.ToDictionary(pair => pair.Key, pair => pair.Value)));
        }
    }
}

internal sealed record CapturedEntry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Properties);
