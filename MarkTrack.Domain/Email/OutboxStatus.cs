namespace MarkTrack.Domain.Email;

public enum OutboxStatus
{
    Queued,
    Sent,
    Failed,
}
