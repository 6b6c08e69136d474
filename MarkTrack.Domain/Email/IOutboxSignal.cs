namespace MarkTrack.Domain.Email;

/// <summary>Wakes the outbox delivery loop early when a message has been queued.</summary>
public interface IOutboxSignal
{
    void Notify();
}
