using System.Threading.Channels;

namespace MarkTrack.Domain.Email;

/// <summary>
/// Wakes the delivery loop. Any number of notifications while the loop is busy collapse
/// into one wake-up, which is enough because each wake-up delivers everything due.
/// </summary>
internal sealed class OutboxSignal : IOutboxSignal
{
    private readonly Channel<bool> _wakeUps = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _wakeUps.Writer.TryWrite(true);

    /// <summary>Waits for a notification or the timeout, whichever comes first.</summary>
    /// <exception cref="OperationCanceledException">The cancellation token was cancelled.</exception>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, clock);
        using var linkedSource = CancellationTokenSource.CreateLinkedTokenSource(
            timeoutSource.Token,
            cancellationToken);

        try
        {
            await _wakeUps.Reader.ReadAsync(linkedSource.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The timeout elapsed without a notification.
        }
    }
}
