using MarkTrack.Domain.Audit;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Students;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Parents;

/// <summary>
/// Archives, restores and permanently deletes parents together with the children who depend
/// on them. A child whose only active guardian is the parent follows the parent; a child with
/// another active parent stays, with that parent as Parent 1.
/// </summary>
public sealed class ParentLifecycle(
    MarkTrackDbContext db,
    StudentLoader loader,
    ParentRemoval removal,
    AuditLog audit,
    TimeProvider clock,
    ILogger<ParentLifecycle> logger)
{
    public async Task<ArchivePreview?> PreviewArchiveAsync(Guid parentId, CancellationToken cancellationToken)
    {
        var parent = await loader.LoadParentAsync(parentId, cancellationToken);
        if (parent is null)
            return null;

        var children = await LoadActiveChildrenAsync(parentId, cancellationToken);
        var solo = children.Where(c => OtherActiveParent(c, parentId) is null).Select(c => c.Account.FullName).ToList();
        var kept = children
            .Where(c => OtherActiveParent(c, parentId) is not null)
            .Select(c => new KeptChild(c.Id, c.Account.FullName, OtherActiveParent(c, parentId)!.Account.FullName))
            .ToList();
        return new ArchivePreview(parent.Id, parent.Account.FullName, solo, kept);
    }

    public async Task<Result> ArchiveAsync(Guid parentId, Actor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var parent = await loader.LoadParentAsync(parentId, cancellationToken);
        if (parent is null)
            return Result.Failure(ParentMessages.NotFound);
        var parentName = parent.Account.FullName;
        if (parent.Account.IsArchived)
            return Result.Failure(LifecycleMessages.AlreadyArchived(parentName));

        var now = clock.GetUtcNow().UtcDateTime;
        var children = await LoadActiveChildrenAsync(parentId, cancellationToken);
        var archived = 0;
        var kept = 0;
        foreach (var child in children)
        {
            var before = SlotText.Describe(child);
            if (OtherActiveParent(child, parentId) is null)
            {
                child.ArchiveWith(parentId, now);
                archived++;
                audit.Record(AuditAction.Archived, actor, $"{child.Account.FullName} archived with {parentName}")
                    .About(child.Id, child.Account.FullName, parent.Id, parentName)
                    .Change($"Active; {before}", $"Archived with {parentName}; {before}");
            }
            else
            {
                child.KeepArchivedParentSecond(parentId);
                kept++;
                RecordChild(AuditAction.PromotedToParent1, actor, child, parent, $"{child.Account.FullName} kept active; {child.Parent1!.Account.FullName} is Parent 1", before);
            }
        }

        parent.Account.Archive(now);
        audit.Record(AuditAction.Archived, actor, LifecycleMessages.Archived(parentName, archived, kept)).About(null, null, parent.Id, parentName);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation(
            "Archived parent {ParentId} with {ChildrenArchived} children archived and {ChildrenKept} kept",
            parent.Id,
            archived,
            kept);
        return Result.Success(LifecycleMessages.Archived(parentName, archived, kept));
    }

    public async Task<Result> RestoreAsync(Guid parentId, Actor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var parent = await loader.LoadParentAsync(parentId, cancellationToken);
        if (parent is null)
            return Result.Failure(ParentMessages.NotFound);
        var parentName = parent.Account.FullName;
        if (!parent.Account.IsArchived)
            return Result.Success(LifecycleMessages.NotArchived(parentName));

        var children = await db.Students
            .Include(s => s.Account)
            .Where(s => s.ArchivedWithParentId == parentId && (s.Parent1Id == parentId || s.Parent2Id == parentId))
            .ToListAsync(cancellationToken);
        foreach (var child in children)
        {
            child.RestoreWithParent();
            audit.Record(AuditAction.Restored, actor, $"{child.Account.FullName} restored with {parentName}")
                .About(child.Id, child.Account.FullName, parent.Id, parentName);
        }

        parent.Account.Restore();
        audit.Record(AuditAction.Restored, actor, LifecycleMessages.Restored(parentName, children.Count)).About(null, null, parent.Id, parentName);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("Restored parent {ParentId} with {ChildrenRestored} children", parent.Id, children.Count);
        return Result.Success(LifecycleMessages.Restored(parentName, children.Count));
    }

    /// <summary>
    /// Deletes an archived parent, the children archived with them and all their records, in one
    /// transaction. Children with another parent are kept, with that parent as Parent 1.
    /// </summary>
    public async Task<Result> DeleteAsync(Guid parentId, string? typedName, Actor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var parent = await loader.LoadParentAsync(parentId, cancellationToken);
        if (parent is null)
            return Result.Failure(ParentMessages.NotFound);
        var parentName = parent.Account.FullName;
        if (!parent.Account.IsArchived)
            return Result.Failure(LifecycleMessages.DeleteNeedsArchive(parentName));
        if (!string.Equals(typedName?.Trim(), parentName, StringComparison.Ordinal))
            return Result.Failure(LifecycleMessages.DeleteNameMismatch(parentName), "ConfirmName");

        var children = await LoadChildrenAsync(parentId, cancellationToken);
        var orphan = children.FirstOrDefault(c => c.ArchivedWithParentId != parentId && OtherParent(c, parentId) is null);
        if (orphan is not null)
            return Result.Failure(LifecycleMessages.DeleteLeavesChildWithoutParent(parentName, orphan.Account.FullName));

        var deleted = 0;
        var kept = 0;
        foreach (var child in children)
        {
            if (child.ArchivedWithParentId == parentId && OtherActiveParent(child, parentId) is null)
            {
                audit.Record(AuditAction.Deleted, actor, $"{child.Account.FullName} permanently deleted with {parentName}")
                    .About(child.Id, child.Account.FullName, parent.Id, parentName);
                await removal.DeleteStudentAsync(child, cancellationToken);
                deleted++;
                continue;
            }

            var before = SlotText.Describe(child);
            if (child.ArchivedWithParentId == parentId)
            {
                // The other parent was restored after this child was archived, so the child
                // stays, active again, with that parent.
                child.RestoreWithParent();
            }

            child.UnlinkParent(parentId);
            kept++;
            RecordChild(AuditAction.Unlinked, actor, child, parent, $"{parentName} permanently deleted; {child.Account.FullName} kept", before);
        }

        audit.Record(AuditAction.Deleted, actor, LifecycleMessages.Deleted(parentName, deleted, kept)).About(null, null, parent.Id, parentName);
        await removal.DeleteParentAsync(parent, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation(
            "Deleted parent {ParentId} with {ChildrenDeleted} children deleted and {ChildrenKept} kept",
            parentId,
            deleted,
            kept);
        return Result.Success(LifecycleMessages.Deleted(parentName, deleted, kept));
    }

    private Task<List<Student>> LoadActiveChildrenAsync(Guid parentId, CancellationToken cancellationToken) =>
        ChildrenQuery(parentId).Where(s => s.Account.ArchivedAt == null).ToListAsync(cancellationToken);

    private Task<List<Student>> LoadChildrenAsync(Guid parentId, CancellationToken cancellationToken) =>
        ChildrenQuery(parentId).ToListAsync(cancellationToken);

    private IQueryable<Student> ChildrenQuery(Guid parentId) =>
        db.Students
            .Include(s => s.Account)
            .Include(s => s.Parent1).ThenInclude(p => p!.Account)
            .Include(s => s.Parent2).ThenInclude(p => p!.Account)
            .Include(s => s.Enrollments)
            .AsSplitQuery()
            .Where(s => s.Parent1Id == parentId || s.Parent2Id == parentId);

    private static Parent? OtherParent(Student child, Guid parentId) =>
        child.Parent1Id == parentId ? child.Parent2 : child.Parent1;

    private static Parent? OtherActiveParent(Student child, Guid parentId) =>
        OtherParent(child, parentId) is { Account.IsArchived: false } other ? other : null;

    private void RecordChild(AuditAction action, Actor actor, Student child, Parent parent, string summary, string before) =>
        audit.Record(action, actor, summary)
            .About(child.Id, child.Account.FullName, parent.Id, parent.Account.FullName)
            .Change(before, SlotText.Describe(child));
}
