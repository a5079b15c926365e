using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace GuidanceBot.Tests.Support;

/// <summary>
/// A logger provider that keeps every entry (event id, level, category, rendered message and exception text), so
/// tests can assert what is logged and, for privacy, what never is.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    /// <summary>Each entry as one line, with the exception's text, as a log sink would write it.</summary>
    public IReadOnlyList<string> Lines => [.. _entries.Select(entry => entry.ToString())];

    public string AllText => string.Join("\n", Lines);

    public int Count(int eventId) => _entries.Count(entry => entry.EventId == eventId);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    public sealed record LogEntry(int EventId, LogLevel Level, string Category, string Message, Exception? Exception, IReadOnlyList<string>? Scopes = null)
    {
        public override string ToString() => $"{Level} {Category}[{EventId}] {Message} {Exception}";
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            var outer = OpenScopes.Value;
            OpenScopes.Value = outer.Push(state.ToString() ?? "");
            return new ScopeEnd(() => OpenScopes.Value = outer);
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(eventId.Id, logLevel, category, formatter(state, exception), exception, [.. OpenScopes.Value.Reverse()]));
    }

    /// <summary>The scopes open where a line is logged, outermost first, as a scope-aware sink would see them.</summary>
    private static readonly AsyncLocal<ImmutableStack<string>> OpenScopesLocal = new();

    private static class OpenScopes
    {
        public static ImmutableStack<string> Value
        {
            get => OpenScopesLocal.Value ?? ImmutableStack<string>.Empty;
            set => OpenScopesLocal.Value = value;
        }
    }

    private sealed class ScopeEnd(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
