using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Audit;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Email;
using MarkTrack.Domain.Parents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Students;

/// <summary>
/// Links and unlinks parents and students by the slot rules: linking fills the next empty
/// slot, Parent 2 moves up when Parent 1 leaves, and a child left without a parent becomes
/// an independent student.
/// </summary>
/// <remarks>
/// Each change reads and writes inside one transaction. SQLite transactions from EF Core
/// begin IMMEDIATE, so two admins changing the same student are serialized. The student's
/// Version concurrency token catches any writer that skips the transaction.
/// </remarks>
public sealed class StudentLinking(
    MarkTrackDbContext db,
    StudentLoader loader,
    AuditLog audit,
    TemporaryPasswordIssuer temporaryPasswords,
    EmailOutbox outbox,
    TimeProvider clock,
    ILogger<StudentLinking> logger)
{
    private const int MaxAttempts = 3;

    public async Task<Result> LinkAsync(Guid parentId, Guid studentId, Actor actor, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await LinkOnceAsync(parentId, studentId, actor, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
                logger.LogWarning("Student {StudentId} changed while linking parent {ParentId}; trying again", studentId, parentId);
            }
        }
    }

    /// <param name="confirmedOutcome">
    /// The outcome the admin's confirmation showed. When the student's parents have changed
    /// since, the unlink would do something else, so nothing changes and the message requests a reload.
    /// </param>
    public async Task<Result> UnlinkAsync(
        Guid parentId,
        Guid studentId,
        Actor actor,
        CancellationToken cancellationToken,
        UnlinkOutcome? confirmedOutcome = null)
    {
        try
        {
            return await UnlinkOnceAsync(parentId, studentId, actor, confirmedOutcome, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            logger.LogWarning("Student {StudentId} changed while unlinking parent {ParentId}", studentId, parentId);
            return Result.Failure("This student's parents changed while you were unlinking. Reload the page and try again.");
        }
    }

    private async Task<Result> LinkOnceAsync(Guid parentId, Guid studentId, Actor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (student, parent, refusal) = await LoadPairAsync(parentId, studentId, cancellationToken);
        if (refusal is not null)
            return refusal;

        var studentName = student!.Account.FullName;
        var parentName = parent!.Account.FullName;
        if (parent.Account.IsArchived)
            return Result.Failure(StudentMessages.ParentArchived(parentName));
        if (student.Account.IsArchived)
            return Result.Failure(StudentMessages.StudentArchived(studentName));
        if (student.SlotOf(parent.Id) is not null)
            return Result.Failure(StudentMessages.AlreadyLinked(studentName, parentName));
        if (student.HasTwoParents)
            return Result.Failure(StudentMessages.TwoParentsAlready(studentName));

        var wasIndependent = student.Kind == StudentKind.Independent;
        var before = SlotText.Describe(student);
        var slot = student.LinkParent(parent);
        CopyPhone(parent, student);
        JoinChildSchools(parent, student);
        RecordLink(actor, student, parent, slot, wasIndependent, before);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Linked parent {ParentId} to student {StudentId} as Parent {Slot}", parent.Id, student.Id, slot);
        return Result.Success(StudentMessages.Linked(studentName, parentName));
    }

    private async Task<Result> UnlinkOnceAsync(
        Guid parentId,
        Guid studentId,
        Actor actor,
        UnlinkOutcome? confirmedOutcome,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (student, parent, refusal) = await LoadPairAsync(parentId, studentId, cancellationToken);
        if (refusal is not null)
            return refusal;

        var studentName = student!.Account.FullName;
        var parentName = parent!.Account.FullName;
        if (student.SlotOf(parent.Id) is not { } slot)
            return Result.Failure(StudentMessages.LinkAlreadyRemoved(studentName, parentName));
        if (student.Account.IsArchived)
            return Result.Failure(StudentMessages.StudentArchivedForUnlink(studentName));
        if (confirmedOutcome is { } confirmed && student.PredictUnlink(parent.Id) != confirmed)
            return Result.Failure(StudentMessages.ParentsChangedMeanwhile);
        if (slot == 1 && student.Parent2 is { Account.IsArchived: true } archivedSecond)
            return Result.Failure(StudentMessages.ArchivedParentWouldBePrimary(studentName, archivedSecond.Account.FullName));
        if (slot == 1 && student.Parent2Id is null && student.Account.Email is null)
            return Result.Failure(StudentMessages.NeedsEmailToBecomeIndependent);

        var before = SlotText.Describe(student);
        var outcome = student.UnlinkParent(parent.Id);
        if (outcome == UnlinkOutcome.BecameIndependent)
            await EmailIndependentLoginAsync(student, cancellationToken);
        RecordUnlink(actor, student, parent, outcome, before);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (outcome == UnlinkOutcome.BecameIndependent)
            outbox.WakeDelivery();

        logger.LogInformation(
            "Unlinked parent {ParentId} from student {StudentId} with outcome {UnlinkOutcome}",
            parent.Id,
            student.Id,
            outcome);
        return Result.Success(outcome switch
        {
            UnlinkOutcome.Removed => StudentMessages.LinkRemoved(studentName),
            UnlinkOutcome.SecondParentPromoted => StudentMessages.LinkRemovedSecondPromoted(studentName),
            _ => StudentMessages.LinkRemovedBecameIndependent(studentName, student.Account.Email!),
        });
    }

    private async Task<(Student? Student, Parent? Parent, Result? Refusal)> LoadPairAsync(
        Guid parentId,
        Guid studentId,
        CancellationToken cancellationToken)
    {
        var student = await loader.LoadStudentAsync(studentId, cancellationToken);
        if (student is null)
            return (null, null, Result.Failure(StudentMessages.StudentNotFound));

        var parent = await loader.LoadParentAsync(parentId, cancellationToken);
        if (parent is null || parent.Account.OrganizationId != student.Account.OrganizationId)
            return (null, null, Result.Failure(StudentMessages.ParentNotFound));
        return (student, parent, null);
    }

    private async Task EmailIndependentLoginAsync(Student student, CancellationToken cancellationToken)
    {
        var password = await temporaryPasswords.IssueAsync(student.Account);
        var schoolName = await loader.FirstSchoolNameAsync(student, cancellationToken);
        await outbox.QueueCredentialsAsync(student.Account, password, CredentialsEmailKind.IndependentStudent, schoolName, cancellationToken);
    }

    private static void CopyPhone(Parent parent, Student student)
    {
        if (parent.Account.PhoneNumber is { } phone && student.Account.PhoneNumber is null)
            student.Account.ChangePhone(phone);
    }

    private void JoinChildSchools(Parent parent, Student student)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var enrollment in student.Enrollments)
        {
            if (parent.JoinSchool(enrollment.SchoolId, now))
                logger.LogInformation("Parent {ParentId} joined school {SchoolId} with their child", parent.Id, enrollment.SchoolId);
        }
    }

    private void RecordLink(Actor actor, Student student, Parent parent, int slot, bool wasIndependent, string before)
    {
        var studentName = student.Account.FullName;
        var parentName = parent.Account.FullName;
        audit.Record(AuditAction.Linked, actor, $"{parentName} linked to {studentName} as Parent {slot}")
            .About(student.Id, studentName, parent.Id, parentName)
            .Change(before, SlotText.Describe(student));
        if (wasIndependent)
        {
            audit.Record(AuditAction.BecameChild, actor, $"{studentName} became a child of {parentName} and now signs in through the parent")
                .About(student.Id, studentName, parent.Id, parentName)
                .Change("Independent student", "Child");
        }
    }

    private void RecordUnlink(Actor actor, Student student, Parent parent, UnlinkOutcome outcome, string before)
    {
        var studentName = student.Account.FullName;
        var parentName = parent.Account.FullName;
        var after = SlotText.Describe(student);
        audit.Record(AuditAction.Unlinked, actor, $"{parentName} unlinked from {studentName}")
            .About(student.Id, studentName, parent.Id, parentName)
            .Change(before, after);
        if (outcome == UnlinkOutcome.SecondParentPromoted)
        {
            var promoted = student.Parent1!;
            audit.Record(AuditAction.PromotedToParent1, actor, $"{promoted.Account.FullName} promoted to Parent 1 of {studentName}")
                .About(student.Id, studentName, promoted.Id, promoted.Account.FullName)
                .Change(before, after);
        }
        else if (outcome == UnlinkOutcome.BecameIndependent)
        {
            audit.Record(AuditAction.BecameIndependent, actor, $"{studentName} became an independent student; login details emailed")
                .About(student.Id, studentName, parent.Id, parentName)
                .Change("Child", "Independent student");
        }
    }
}
