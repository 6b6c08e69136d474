using MarkTrack.Domain.Common;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Teaching;

/// <summary>What an admin types in the class dialog, before it is checked.</summary>
public sealed record ClassInput(string? Name, string? TeacherName, decimal? Credits, string? Term, bool IsHifz);

public sealed record ClassSummary(
    Guid Id,
    string Name,
    string TeacherName,
    decimal Credits,
    string Term,
    bool IsHifz,
    int StudentCount);

public sealed record ClassStudent(Guid StudentId, string FullName);

public sealed record ClassProfile(
    Guid Id,
    Guid SchoolId,
    string Name,
    string TeacherName,
    decimal Credits,
    string Term,
    bool IsHifz,
    IReadOnlyList<ClassStudent> Students)
{
    public ClassInput ToInput() => new(Name, TeacherName, Credits, Term, IsHifz);
}

/// <summary>A school student offered in the Enrol Students picker.</summary>
public sealed record EnrollmentChoice(Guid StudentId, string FullName, bool AlreadyEnrolled);

/// <summary>Adds and edits a school's classes and enrolls students in them.</summary>
public sealed class ClassService(MarkTrackDbContext db, TimeProvider clock, ILogger<ClassService> logger)
{
    public Task<List<ClassSummary>> ListAsync(Guid schoolId, CancellationToken cancellationToken) =>
        db.Classes
            .Where(c => c.SchoolId == schoolId)
            .OrderBy(c => c.Term).ThenBy(c => c.Name)
            .Select(c => new ClassSummary(c.Id, c.Name, c.TeacherName, c.Credits, c.Term, c.IsHifz, c.Enrollments.Count))
            .ToListAsync(cancellationToken);

    public async Task<ClassProfile?> GetAsync(Guid classId, CancellationToken cancellationToken)
    {
        var found = await db.Classes.AsNoTracking().FirstOrDefaultAsync(c => c.Id == classId, cancellationToken);
        if (found is null)
            return null;

        var students = await db.StudentsIn(classId)
            .OrderBy(s => s.Account.FullName)
            .Select(s => new ClassStudent(s.Id, s.Account.FullName))
            .ToListAsync(cancellationToken);
        return new ClassProfile(
            found.Id, found.SchoolId, found.Name, found.TeacherName, found.Credits, found.Term, found.IsHifz, students);
    }

    public async Task<Result<Guid>> AddAsync(Guid schoolId, ClassInput input, CancellationToken cancellationToken)
    {
        if (!await db.Schools.AnyAsync(s => s.Id == schoolId, cancellationToken))
            return Result<Guid>.Failure(TeachingMessages.SchoolNotFound);
        if (Validate(input, out var details) is { } invalid)
            return Result<Guid>.Failure(invalid.Message, invalid.Field);
        if (await IsNameTakenAsync(schoolId, details, null, cancellationToken))
            return Result<Guid>.Failure(TeachingMessages.ClassNameTaken(details.Name, details.Term), "Name");

        var added = new SchoolClass(schoolId, details, clock.GetUtcNow().UtcDateTime);
        db.Classes.Add(added);
        if (await SaveUniqueAsync(cancellationToken) is { } conflict)
            return Result<Guid>.Failure(conflict.Message, conflict.Field);

        logger.LogInformation("Added class {ClassId} to school {SchoolId}", added.Id, schoolId);
        return Result<Guid>.Success(added.Id, TeachingMessages.ClassAdded(added.Name));
    }

    public async Task<Result> UpdateAsync(Guid classId, ClassInput input, CancellationToken cancellationToken)
    {
        var found = await db.Classes.FirstOrDefaultAsync(c => c.Id == classId, cancellationToken);
        if (found is null)
            return Result.Failure(TeachingMessages.ClassNotFound);
        if (Validate(input, out var details) is { } invalid)
            return invalid;
        if (await IsNameTakenAsync(found.SchoolId, details, found.Id, cancellationToken))
            return Result.Failure(TeachingMessages.ClassNameTaken(details.Name, details.Term), "Name");
        if (found.IsHifz && !details.IsHifz && await db.HifzLessons.AnyAsync(l => l.ClassId == classId, cancellationToken))
            return Result.Failure(TeachingMessages.StaysHifz, "IsHifz");

        found.Change(details);
        if (await SaveUniqueAsync(cancellationToken) is { } conflict)
            return conflict;

        logger.LogInformation("Changed class {ClassId}", found.Id);
        return Result.Success(TeachingMessages.ClassSaved(found.Name));
    }

    /// <summary>The Enrol Students picker: the school's active students, marking those already in the class.</summary>
    public async Task<List<EnrollmentChoice>> ListEnrollmentChoicesAsync(Guid classId, CancellationToken cancellationToken)
    {
        var schoolId = await db.Classes.Where(c => c.Id == classId).Select(c => (Guid?)c.SchoolId).FirstOrDefaultAsync(cancellationToken);
        if (schoolId is null)
            return [];

        return await db.Students
            .Where(s => s.Account.ArchivedAt == null && s.Enrollments.Any(e => e.SchoolId == schoolId))
            .OrderBy(s => s.Account.FullName)
            .Select(s => new EnrollmentChoice(
                s.Id,
                s.Account.FullName,
                db.ClassEnrollments.Any(e => e.ClassId == classId && e.StudentId == s.Id)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Enrolls the picked students in one transaction; every one must be enrolled in the class's school.</summary>
    public async Task<Result> EnrollAsync(Guid classId, IReadOnlyCollection<Guid> studentIds, CancellationToken cancellationToken)
    {
        if (studentIds.Count == 0)
            return Result.Failure(TeachingMessages.NoStudentsPicked);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var found = await db.Classes.Include(c => c.Enrollments).FirstOrDefaultAsync(c => c.Id == classId, cancellationToken);
        if (found is null)
            return Result.Failure(TeachingMessages.ClassNotFound);

        var students = await db.Students
            .Where(s => studentIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Account.FullName, InSchool = s.Enrollments.Any(e => e.SchoolId == found.SchoolId) })
            .ToListAsync(cancellationToken);
        if (students.Count != studentIds.Distinct().Count())
            return Result.Failure(SchoolMessages.StudentNotFound);
        if (students.FirstOrDefault(s => !s.InSchool) is { } outsider)
            return Result.Failure(TeachingMessages.NotInSchool(outsider.FullName));

        var now = clock.GetUtcNow().UtcDateTime;
        var added = students.Count(s => found.Enroll(s.Id, now));
        if (await SaveUniqueAsync(cancellationToken) is { } conflict)
            return conflict;

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Enrolled {StudentCount} students in class {ClassId}", added, classId);
        return Result.Success(TeachingMessages.StudentsEnrolled(added, found.Name));
    }

    /// <summary>Takes a student out of a class; the student's scores and attendance stay.</summary>
    public async Task<Result> UnenrollAsync(Guid classId, Guid studentId, CancellationToken cancellationToken)
    {
        var found = await db.Classes.Include(c => c.Enrollments).FirstOrDefaultAsync(c => c.Id == classId, cancellationToken);
        if (found is null)
            return Result.Failure(TeachingMessages.ClassNotFound);
        if (!found.Unenroll(studentId))
            return Result.Failure(TeachingMessages.StudentNotInClass);

        var name = await db.Students.Where(s => s.Id == studentId).Select(s => s.Account.FullName).FirstAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Removed student {StudentId} from class {ClassId}", studentId, classId);
        return Result.Success(TeachingMessages.StudentRemoved(name, found.Name));
    }

    private static Result? Validate(ClassInput input, out ClassDetails details)
    {
        var name = TextInput.Clean(input.Name);
        var teacher = TextInput.Clean(input.TeacherName);
        var term = TextInput.Clean(input.Term);
        details = new ClassDetails(name ?? "", teacher ?? "", input.Credits ?? 0m, term ?? "", input.IsHifz);

        if (TextInput.Check(name, "Class Name", SchoolClass.NameMaxLength, TeachingMessages.NameRequired) is { } nameProblem)
            return Result.Failure(nameProblem, "Name");
        if (TextInput.Check(teacher, "Teacher", SchoolClass.TeacherNameMaxLength, TeachingMessages.TeacherRequired) is { } teacherProblem)
            return Result.Failure(teacherProblem, "TeacherName");
        if (input.Credits is null)
            return Result.Failure(TeachingMessages.CreditsRequired, "Credits");
        if (input.Credits is < 0m or > SchoolClass.MaxCredits)
            return Result.Failure(TeachingMessages.CreditsOutOfRange, "Credits");
        if (TextInput.Check(term, "Term", SchoolClass.TermMaxLength, TeachingMessages.TermRequired) is { } termProblem)
            return Result.Failure(termProblem, "Term");
        return null;
    }

    private Task<bool> IsNameTakenAsync(Guid schoolId, ClassDetails details, Guid? exceptClassId, CancellationToken cancellationToken) =>
        db.Classes.AnyAsync(
            c => c.SchoolId == schoolId
                && c.Id != exceptClassId
                && c.Name.ToLower() == details.Name.ToLower()
                && c.Term.ToLower() == details.Term.ToLower(),
            cancellationToken);

    /// <summary>Saves, turning a unique index conflict from a concurrent save into a message.</summary>
    private async Task<Result?> SaveUniqueAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueConstraintViolation())
        {
            logger.LogWarning(exception, "A concurrent save of a class or its enrollments conflicted");
            return Result.Failure(TeachingMessages.SavedByOthers);
        }
    }
}
