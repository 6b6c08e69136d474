using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Email;
using MarkTrack.Domain.Schools;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Parents;

/// <summary>Creates and edits parent accounts.</summary>
public sealed class ParentService(
    MarkTrackDbContext db,
    UserManager<Account> users,
    TemporaryPasswordIssuer temporaryPasswords,
    EmailOutbox outbox,
    TimeProvider clock,
    ILogger<ParentService> logger)
{
    /// <summary>
    /// Creates a verified parent in the given school with a temporary password and queues
    /// the welcome email, all in one transaction.
    /// </summary>
    public async Task<Result<Parent>> CreateAsync(NewParent input, Guid schoolId, CancellationToken cancellationToken)
    {
        var fullName = PersonInput.Clean(input.FullName);
        var email = PersonInput.Clean(input.Email);
        var phone = PersonInput.Clean(input.PhoneNumber);
        var address = PersonInput.Clean(input.Address);
        var invalid = PersonInput.ValidateFullName(fullName)
            ?? PersonInput.ValidateEmail(email, required: true)
            ?? PersonInput.ValidatePhone(phone)
            ?? ValidateAddress(address);
        if (invalid is not null)
            return Result<Parent>.Failure(invalid.Message, invalid.Field);

        var school = await db.Schools.FirstOrDefaultAsync(s => s.Id == schoolId, cancellationToken);
        if (school is null)
            return Result<Parent>.Failure(ParentMessages.SchoolNotFound);

        try
        {
            return await CreateInTransactionAsync(
                new NewParent(fullName, email, phone, address),
                school,
                cancellationToken);
        }
        catch (Exception exception) when (IsDuplicateEmail(exception))
        {
            db.ChangeTracker.Clear();
            logger.LogWarning("Rejected a new parent because another account took the same email at the same moment");
            return Result<Parent>.Failure(ParentMessages.EmailTaken(email!.ToLowerInvariant()), "Email");
        }
    }

    public async Task<Result> UpdateAsync(Guid parentId, ParentChanges changes, CancellationToken cancellationToken)
    {
        var fullName = PersonInput.Clean(changes.FullName);
        var phone = PersonInput.Clean(changes.PhoneNumber);
        var address = PersonInput.Clean(changes.Address);
        var invalid = PersonInput.ValidateFullName(fullName) ?? PersonInput.ValidatePhone(phone) ?? ValidateAddress(address);
        if (invalid is not null)
            return invalid;

        var parent = await db.Parents.Include(p => p.Account).FirstOrDefaultAsync(p => p.Id == parentId, cancellationToken);
        if (parent is null)
            return Result.Failure(ParentMessages.NotFound);

        parent.Account.Rename(fullName!);
        parent.Account.ChangePhone(phone);
        parent.ChangeAddress(address);
        await db.SaveChangesAsync(cancellationToken);

        logger.LogInformation("Updated parent {ParentId}", parent.Id);
        return Result.Success(ParentMessages.Updated(parent.Account.FullName));
    }

    /// <remarks>
    /// The email check runs inside the transaction. SQLite transactions from EF Core begin
    /// IMMEDIATE, so two admins adding the same email are serialized and the second finds the first.
    /// </remarks>
    private async Task<Result<Parent>> CreateInTransactionAsync(
        NewParent input,
        School school,
        CancellationToken cancellationToken)
    {
        var email = input.Email!;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await users.FindStoredEmailAsync(email, cancellationToken) is { } stored)
            return Result<Parent>.Failure(ParentMessages.EmailTaken(stored), "Email");

        var now = clock.GetUtcNow().UtcDateTime;
        var account = new Account(AccountKind.Parent, school.OrganizationId, input.FullName!, email, now);
        account.ChangePhone(input.PhoneNumber);
        account.EnableLogin();
        await users.CreateAsync(account).ThrowIfFailedAsync("create the parent's account");
        await users.AddToRoleAsync(account, Roles.Parent).ThrowIfFailedAsync("give the parent the Parent role");
        var password = await temporaryPasswords.IssueAsync(account);

        var parent = new Parent(account, school.Id, now);
        parent.ChangeAddress(input.Address);
        db.Parents.Add(parent);
        await outbox.QueueCredentialsAsync(account, password, CredentialsEmailKind.ParentWelcome, school.Name, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.WakeDelivery();

        logger.LogInformation("Created parent {ParentId} in school {SchoolId}", parent.Id, school.Id);
        return Result<Parent>.Success(parent, ParentMessages.Created(email));
    }

    private static bool IsDuplicateEmail(Exception exception) => exception switch
    {
        DbUpdateException update => update.IsUniqueConstraintViolation(),
        IdentityOperationException identity => identity.ErrorCodes.Any(code => code is "DuplicateEmail" or "DuplicateUserName"),
        _ => false,
    };


    private static Result? ValidateAddress(string? address)
    {
        if (address is { Length: > Parent.AddressMaxLength })
        {
            return Result.Failure(
                $"Address is too long. Shorten it to {Parent.AddressMaxLength} characters or fewer.",
                "Address");
        }

        return null;
    }
}
