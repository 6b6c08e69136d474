using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MarkTrack.Tests.Infrastructure;

/// <summary>
/// Throws right after a SQL command that contains the chosen text has run, so its writes
/// are already in the open transaction, to prove that a change rolls back whole.
/// </summary>
public sealed class FailureInjector : DbCommandInterceptor
{
    private volatile string? _failOn;

    public void FailOn(string sqlFragment) => _failOn = sqlFragment;

    public void Clear() => _failOn = null;

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command,
        CommandExecutedEventData eventData,
        DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        if (IsChosen(command))
        {
            await result.DisposeAsync();
            throw Injected();
        }

        return await base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command,
        CommandExecutedEventData eventData,
        int result,
        CancellationToken cancellationToken = default)
    {
        if (IsChosen(command))
            throw Injected();
        return base.NonQueryExecutedAsync(command, eventData, result, cancellationToken);
    }

    private bool IsChosen(DbCommand command) =>
        _failOn is { } fragment && command.CommandText.Contains(fragment, StringComparison.Ordinal);

    private InvalidOperationException Injected() => new($"Injected failure after a command containing {_failOn}.");
}
