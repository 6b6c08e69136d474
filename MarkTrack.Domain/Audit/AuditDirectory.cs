using MarkTrack.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Domain.Audit;

public sealed record AuditItem(
    long Id,
    AuditAction Action,
    DateTime OccurredAt,
    string ActorName,
    string Summary,
    string? Before,
    string? After);

/// <summary>The history timelines shown on student and parent profiles, newest first.</summary>
public sealed class AuditDirectory(MarkTrackDbContext db)
{
    public const int MaxItems = 200;

    public Task<List<AuditItem>> ForStudentAsync(Guid studentId, CancellationToken cancellationToken) =>
        Project(db.AuditEntries.Where(e => e.StudentId == studentId), cancellationToken);

    public Task<List<AuditItem>> ForParentAsync(Guid parentId, CancellationToken cancellationToken) =>
        Project(db.AuditEntries.Where(e => e.ParentId == parentId), cancellationToken);

    private static Task<List<AuditItem>> Project(IQueryable<AuditEntry> entries, CancellationToken cancellationToken) =>
        entries
            .OrderByDescending(e => e.OccurredAt)
            .ThenByDescending(e => e.Id)
            .Take(MaxItems)
            .Select(e => new AuditItem(e.Id, e.Action, e.OccurredAt, e.ActorName, e.Summary, e.Before, e.After))
            .ToListAsync(cancellationToken);
}
