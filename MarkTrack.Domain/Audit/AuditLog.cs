using MarkTrack.Domain.Data;

namespace MarkTrack.Domain.Audit;

/// <summary>Adds audit entries to the caller's DbContext, so they save in the change's own transaction.</summary>
public sealed class AuditLog(MarkTrackDbContext db, TimeProvider clock)
{
    public AuditEntry Record(AuditAction action, Actor actor, string summary)
    {
        var entry = new AuditEntry(action, actor, clock.GetUtcNow().UtcDateTime, summary);
        db.AuditEntries.Add(entry);
        return entry;
    }
}
