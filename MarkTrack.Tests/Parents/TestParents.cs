using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Email;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Schools;
using MarkTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MarkTrack.Tests.Parents;

/// <summary>Builds parents for the credentials tests and reads the passwords emailed to them.</summary>
internal static class TestParents
{
    /// <summary>Adds a parent through Add Parent, which queues the welcome email.</summary>
    public static async Task<Parent> AddWithWelcomeAsync(DomainTestHost host, string fullName, string email)
    {
        var result = await host.RunAsync<ParentService, Result<Parent>>(s =>
            s.CreateAsync(new NewParent(fullName, email, null), host.School.Id, CancellationToken.None));
        Assert.True(result.Succeeded, result.Message);
        return result.Value!;
    }

    /// <summary>
    /// Saves a parent straight to the database, as the demo seed does: no password and no email
    /// queued. <paramref name="change"/> adjusts the account before it is saved.
    /// </summary>
    public static Task<Parent> AddWithoutEmailsAsync(
        DomainTestHost host,
        string fullName,
        string? email,
        Action<Account>? change = null,
        Guid? schoolId = null) =>
        host.QueryAsync(async db =>
        {
            var now = host.Clock.GetUtcNow().UtcDateTime;
            var account = new Account(AccountKind.Parent, host.School.OrganizationId, fullName, email, now);
            account.EnableLogin();
            change?.Invoke(account);
            var parent = new Parent(account, schoolId ?? host.School.Id, now);
            db.Parents.Add(parent);
            await db.SaveChangesAsync();
            return parent;
        });

    /// <summary>Saves many parents of the test school in one transaction, each with an email and no password.</summary>
    public static Task AddManyWithoutEmailsAsync(DomainTestHost host, int count) =>
        host.QueryAsync(async db =>
        {
            var now = host.Clock.GetUtcNow().UtcDateTime;
            for (var i = 0; i < count; i++)
            {
                var account = new Account(AccountKind.Parent, host.School.OrganizationId, $"Parent {i:0000}", $"parent{i:0000}@example.org", now);
                account.EnableLogin();
                db.Parents.Add(new Parent(account, host.School.Id, now));
            }

            return await db.SaveChangesAsync();
        });

    public static async Task ArchiveAsync(DomainTestHost host, Parent parent)
    {
        await host.QueryAsync(db => db.Users
            .Where(a => a.Id == parent.AccountId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.ArchivedAt, host.Clock.GetUtcNow().UtcDateTime)));
    }

    public static Task<School> AddSchoolAsync(DomainTestHost host, string name) =>
        host.QueryAsync(async db =>
        {
            var school = new School(host.School.OrganizationId, name);
            db.Schools.Add(school);
            await db.SaveChangesAsync();
            return school;
        });

    /// <summary>Marks the parent as signed in, as a successful sign-in does.</summary>
    public static Task RecordSignInAsync(DomainTestHost host, Parent parent) =>
        host.QueryAsync(db => db.Users
            .Where(a => a.Id == parent.AccountId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.LastSignInAt, host.Clock.GetUtcNow().UtcDateTime)));

    /// <summary>Records that the outbox gave up on the parent's newest email with the given error.</summary>
    public static Task FailNewestEmailAsync(DomainTestHost host, Parent parent, string error) =>
        host.QueryAsync(async db =>
        {
            var message = await db.OutboxMessages
                .Where(m => m.AccountId == parent.AccountId)
                .OrderByDescending(m => m.Id)
                .FirstAsync();
            message.MarkAttemptFailed(error, nextAttemptAt: null);
            return await db.SaveChangesAsync();
        });

    /// <summary>Decrypts the password in the newest credentials email queued for the parent.</summary>
    public static async Task<string> ReadNewestPasswordAsync(DomainTestHost host, Parent parent)
    {
        var message = await host.QueryAsync(db => db.OutboxMessages
            .Where(m => m.AccountId == parent.AccountId && m.CredentialsKind != null)
            .OrderByDescending(m => m.Id)
            .FirstAsync());
        return Unprotect(host, message.ProtectedSecret!);
    }

    public static string Unprotect(DomainTestHost host, string protectedSecret) =>
        host.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector(EmailOutbox.SecretProtectionPurpose)
            .Unprotect(protectedSecret);
}
