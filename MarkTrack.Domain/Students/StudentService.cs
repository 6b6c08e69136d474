using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Audit;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Email;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Schools;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Students;

/// <summary>Creates students: a child of an existing parent, or an independent student with its own login.</summary>
public sealed class StudentService(
    MarkTrackDbContext db,
    UserManager<Account> users,
    StudentLoader loader,
    TemporaryPasswordIssuer temporaryPasswords,
    EmailOutbox outbox,
    AuditLog audit,
    TimeProvider clock,
    ILogger<StudentService> logger)
{
    /// <summary>Creates the student enrolled in the given school, in one transaction.</summary>
    public async Task<Result<Student>> CreateAsync(NewStudent input, Guid schoolId, Actor actor, CancellationToken cancellationToken)
    {
        var fullName = PersonInput.Clean(input.FullName);
        var email = PersonInput.Clean(input.Email);
        var invalid = PersonInput.ValidateFullName(fullName) ?? PersonInput.ValidateEmail(email, required: false);
        if (invalid is not null)
            return Result<Student>.Failure(invalid.Message, invalid.Field);
        if (input.ParentId is null && email is null)
            return Result<Student>.Failure(StudentMessages.IndependentNeedsEmail, "Email");

        try
        {
            return await CreateInTransactionAsync(new NewStudent(fullName, email, input.ParentId), schoolId, actor, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueConstraintViolation())
        {
            db.ChangeTracker.Clear();
            logger.LogWarning("Rejected a new student because another account took the same email at the same moment");
            return Result<Student>.Failure(ParentMessages.EmailTaken(email!.ToLowerInvariant()), "Email");
        }
    }

    /// <summary>
    /// Changes a student's name and phone, and adds an email to a student who has none, so a
    /// child can later become independent. A saved email stays as it is.
    /// </summary>
    public async Task<Result> UpdateAsync(Guid studentId, StudentChanges changes, Actor actor, CancellationToken cancellationToken)
    {
        var fullName = PersonInput.Clean(changes.FullName);
        var email = PersonInput.Clean(changes.Email);
        var phone = PersonInput.Clean(changes.PhoneNumber);
        var invalid = PersonInput.ValidateFullName(fullName)
            ?? PersonInput.ValidateEmail(email, required: false)
            ?? PersonInput.ValidatePhone(phone);
        if (invalid is not null)
            return invalid;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var student = await loader.LoadStudentAsync(studentId, cancellationToken);
        if (student is null)
            return Result.Failure(StudentMessages.StudentNotFound);

        var account = student.Account;
        var addsEmail = account.Email is null && email is not null;
        if (account.Email is not null && !string.Equals(account.Email, email, StringComparison.OrdinalIgnoreCase))
            return Result.Failure(StudentMessages.EmailIsPermanent, "Email");
        if (addsEmail && await users.FindStoredEmailAsync(email!, cancellationToken) is { } stored)
            return Result.Failure(ParentMessages.EmailTaken(stored), "Email");

        account.Rename(fullName!);
        account.ChangePhone(phone);
        if (addsEmail)
        {
            await AddEmailAsync(account, email!);
            audit.Record(AuditAction.EmailAdded, actor, $"Email {email} added to {account.FullName}")
                .About(student.Id, account.FullName, null, null)
                .Change("No email", email);
        }
        else
            await users.UpdateAsync(account).ThrowIfFailedAsync("save the student's changes");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("Updated student {StudentId} with email added {EmailAdded}", student.Id, addsEmail);
        return Result.Success(StudentMessages.Updated(account.FullName));
    }

    private async Task AddEmailAsync(Account account, string email)
    {
        await users.SetUserNameAsync(account, email).ThrowIfFailedAsync("set the student's user name");
        await users.SetEmailAsync(account, email).ThrowIfFailedAsync("set the student's email");
        account.EmailConfirmed = true;
        await users.UpdateAsync(account).ThrowIfFailedAsync("confirm the student's email");
    }

    private async Task<Result<Student>> CreateInTransactionAsync(
        NewStudent input,
        Guid schoolId,
        Actor actor,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var school = await db.Schools.FirstOrDefaultAsync(s => s.Id == schoolId, cancellationToken);
        if (school is null)
            return Result<Student>.Failure(StudentMessages.SchoolNotFound);
        if (input.Email is { } email && await users.FindStoredEmailAsync(email, cancellationToken) is { } stored)
            return Result<Student>.Failure(ParentMessages.EmailTaken(stored), "Email");

        Parent? parent = null;
        if (input.ParentId is { } parentId)
        {
            parent = await loader.LoadParentAsync(parentId, cancellationToken);
            if (parent is null || parent.Account.OrganizationId != school.OrganizationId)
                return Result<Student>.Failure(StudentMessages.ParentNotFound, "ParentId");
            if (parent.Account.IsArchived)
                return Result<Student>.Failure(StudentMessages.ParentArchivedForNewChild(parent.Account.FullName), "ParentId");
        }

        var account = new Account(AccountKind.Student, school.OrganizationId, input.FullName!, input.Email, clock.GetUtcNow().UtcDateTime);
        await users.CreateAsync(account).ThrowIfFailedAsync("create the student's account");
        await users.AddToRoleAsync(account, Roles.Student).ThrowIfFailedAsync("give the student the Student role");

        var result = parent is null
            ? await CreateIndependentAsync(account, school, actor, cancellationToken)
            : CreateChild(account, parent, school, actor);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (parent is null)
            outbox.WakeDelivery();

        logger.LogInformation("Created student {StudentId} in school {SchoolId}", result.Value!.Id, school.Id);
        return result;
    }

    private Result<Student> CreateChild(Account account, Parent parent, School school, Actor actor)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (parent.Account.PhoneNumber is { } phone)
            account.ChangePhone(phone);

        var student = Student.CreateChild(account, parent, school.Id, now);
        db.Students.Add(student);
        parent.JoinSchool(school.Id, now);

        audit.Record(AuditAction.StudentCreated, actor, $"{account.FullName} added to {school.Name} as a child of {parent.Account.FullName}")
            .About(student.Id, account.FullName, parent.Id, parent.Account.FullName)
            .Change(null, $"Parent 1: {parent.Account.FullName}; Parent 2: none");
        return Result<Student>.Success(student, StudentMessages.ChildCreated(account.FullName, parent.Account.FullName));
    }

    private async Task<Result<Student>> CreateIndependentAsync(Account account, School school, Actor actor, CancellationToken cancellationToken)
    {
        account.EnableLogin();
        var student = Student.CreateIndependent(account, school.Id, clock.GetUtcNow().UtcDateTime);
        db.Students.Add(student);
        var password = await temporaryPasswords.IssueAsync(account);
        await outbox.QueueCredentialsAsync(account, password, CredentialsEmailKind.StudentWelcome, school.Name, cancellationToken);

        audit.Record(AuditAction.StudentCreated, actor, $"{account.FullName} added to {school.Name} as an independent student")
            .About(student.Id, account.FullName, null, null)
            .Change(null, "Independent student (no parents)");
        return Result<Student>.Success(student, StudentMessages.IndependentCreated(account.FullName, account.Email!));
    }
}
