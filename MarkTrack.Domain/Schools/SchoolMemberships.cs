using MarkTrack.Domain.Audit;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Students;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Schools;

/// <summary>
/// Moves parents and students in and out of schools. Enrolling a child adds both of its
/// parents to the school. A parent leaves a school only when none of their children is
/// enrolled there and another school remains.
/// </summary>
public sealed class SchoolMemberships(
    MarkTrackDbContext db,
    StudentLoader loader,
    AuditLog audit,
    TimeProvider clock,
    ILogger<SchoolMemberships> logger)
{
    public async Task<Result> AddParentAsync(Guid parentId, Guid schoolId, Actor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var parent = await loader.LoadParentAsync(parentId, cancellationToken);
        var school = await FindSchoolAsync(schoolId, parent?.Account.OrganizationId, cancellationToken);
        if (parent is null)
            return Result.Failure(SchoolMessages.ParentNotFound);
        if (school is null)
            return Result.Failure(SchoolMessages.SchoolNotFound);

        var parentName = parent.Account.FullName;
        if (!parent.JoinSchool(school.Id, clock.GetUtcNow().UtcDateTime))
            return Result.Failure(SchoolMessages.ParentAlreadyMember(parentName, school.Name));

        audit.Record(AuditAction.JoinedSchool, actor, $"{parentName} added to {school.Name}").About(null, null, parent.Id, parentName);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Added parent {ParentId} to school {SchoolId}", parent.Id, school.Id);
        return Result.Success(SchoolMessages.ParentAdded(parentName, school.Name));
    }

    public async Task<Result> RemoveParentAsync(Guid parentId, Guid schoolId, Actor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var parent = await loader.LoadParentAsync(parentId, cancellationToken);
        var school = await FindSchoolAsync(schoolId, parent?.Account.OrganizationId, cancellationToken);
        if (parent is null)
            return Result.Failure(SchoolMessages.ParentNotFound);
        if (school is null)
            return Result.Failure(SchoolMessages.SchoolNotFound);

        var parentName = parent.Account.FullName;
        if (!parent.BelongsTo(school.Id))
            return Result.Failure(SchoolMessages.NotAMember(parentName, school.Name));

        var enrolledChildren = await db.Students
            .Where(s => s.Parent1Id == parentId || s.Parent2Id == parentId)
            .Where(s => s.Enrollments.Any(e => e.SchoolId == school.Id))
            .OrderBy(s => s.Account.FullName)
            .Select(s => s.Account.FullName)
            .ToListAsync(cancellationToken);
        if (enrolledChildren.Count > 0)
            return Result.Failure(SchoolMessages.ChildrenStillEnrolled(school.Name, enrolledChildren));
        if (parent.Memberships.Count == 1)
            return Result.Failure(SchoolMessages.LastSchool(school.Name));

        parent.LeaveSchool(school.Id);
        audit.Record(AuditAction.LeftSchool, actor, $"{parentName} removed from {school.Name}").About(null, null, parent.Id, parentName);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Removed parent {ParentId} from school {SchoolId}", parent.Id, school.Id);
        return Result.Success(SchoolMessages.ParentRemoved(parentName, school.Name));
    }

    /// <summary>Enrolls a student in a school and adds the student's parents to it.</summary>
    public async Task<Result> EnrollStudentAsync(Guid studentId, Guid schoolId, Actor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var student = await loader.LoadStudentAsync(studentId, cancellationToken);
        var school = await FindSchoolAsync(schoolId, student?.Account.OrganizationId, cancellationToken);
        if (student is null)
            return Result.Failure(SchoolMessages.StudentNotFound);
        if (school is null)
            return Result.Failure(SchoolMessages.SchoolNotFound);

        var now = clock.GetUtcNow().UtcDateTime;
        var studentName = student.Account.FullName;
        if (!student.Enroll(school.Id, now))
            return Result.Failure(SchoolMessages.StudentAlreadyEnrolled(studentName, school.Name));

        audit.Record(AuditAction.Enrolled, actor, $"{studentName} enrolled in {school.Name}").About(student.Id, studentName, null, null);
        foreach (var parent in new[] { student.Parent1, student.Parent2 }.OfType<Parents.Parent>())
        {
            var memberships = await db.SchoolMemberships.Where(m => m.ParentId == parent.Id).ToListAsync(cancellationToken);
            if (memberships.Any(m => m.SchoolId == school.Id))
                continue;

            db.SchoolMemberships.Add(new SchoolMembership(parent.Id, school.Id, now));
            audit.Record(AuditAction.JoinedSchool, actor, $"{parent.Account.FullName} added to {school.Name} with {studentName}")
                .About(student.Id, studentName, parent.Id, parent.Account.FullName);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Enrolled student {StudentId} in school {SchoolId}", student.Id, school.Id);
        return Result.Success(SchoolMessages.StudentEnrolled(studentName, school.Name));
    }

    public async Task<Result> UnenrollStudentAsync(Guid studentId, Guid schoolId, Actor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var student = await loader.LoadStudentAsync(studentId, cancellationToken);
        var school = await FindSchoolAsync(schoolId, student?.Account.OrganizationId, cancellationToken);
        if (student is null)
            return Result.Failure(SchoolMessages.StudentNotFound);
        if (school is null)
            return Result.Failure(SchoolMessages.SchoolNotFound);

        var studentName = student.Account.FullName;
        if (!student.IsEnrolledIn(school.Id))
            return Result.Failure(SchoolMessages.NotEnrolled(studentName, school.Name));
        if (student.Enrollments.Count == 1)
            return Result.Failure(SchoolMessages.StudentLastSchool(studentName, school.Name));

        student.Unenroll(school.Id);
        audit.Record(AuditAction.Unenrolled, actor, $"{studentName} removed from {school.Name}").About(student.Id, studentName, null, null);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Removed student {StudentId} from school {SchoolId}", student.Id, school.Id);
        return Result.Success(SchoolMessages.StudentUnenrolled(studentName, school.Name));
    }

    private Task<School?> FindSchoolAsync(Guid schoolId, Guid? organizationId, CancellationToken cancellationToken) =>
        db.Schools.FirstOrDefaultAsync(s => s.Id == schoolId && s.OrganizationId == organizationId, cancellationToken);
}
