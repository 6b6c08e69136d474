using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Tests.Email;

/// <summary>Collects every log entry, with its exception text, so tests can search them.</summary>
internal sealed class ListLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class ListLogger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception?.ToString()));
        }
    }
}

internal sealed record LogEntry(string Category, LogLevel Level, string Message, string? Exception)
{
    public bool Mentions(string text) =>
        Message.Contains(text, StringComparison.Ordinal)
        || (Exception?.Contains(text, StringComparison.Ordinal) ?? false);
}
