using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Email;
using MarkTrack.Domain.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Parents;

/// <summary>How far a Send All Credentials run has come.</summary>
public sealed record SendAllProgress(int Total, int Sent, int Skipped)
{
    public int Processed => Sent + Skipped;
}

/// <summary>
/// Emails parents a fresh temporary password: one parent from a table row, or every
/// parent of a school who has never signed in. Each send replaces the earlier password.
/// </summary>
public sealed class ParentCredentialsService(
    MarkTrackDbContext db,
    TemporaryPasswordIssuer temporaryPasswords,
    EmailOutbox outbox,
    ILogger<ParentCredentialsService> logger)
{
    /// <summary>Parents per transaction in Send All Credentials.</summary>
    public const int BatchSize = 100;

    /// <summary>Sends Send Credentials or Resend for one parent of the given school.</summary>
    public async Task<Result> SendAsync(Guid parentId, Guid schoolId, CancellationToken cancellationToken)
    {
        var school = await db.Schools.FirstOrDefaultAsync(s => s.Id == schoolId, cancellationToken);
        if (school is null)
            return Result.Failure(ParentMessages.SchoolNotFound);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var parent = await db.Parents
            .Include(p => p.Account)
            .FirstOrDefaultAsync(p => p.Id == parentId && p.Memberships.Any(m => m.SchoolId == schoolId), cancellationToken);
        if (parent is null)
            return Result.Failure(ParentMessages.NotFound);
        if (RejectRecipient(parent.Account) is { } rejection)
        {
            logger.LogWarning("Rejected sending credentials to parent {ParentId}: {Reason}", parent.Id, rejection.Reason);
            return Result.Failure(rejection.Message);
        }

        var isResend = await db.OutboxMessages
            .AnyAsync(m => m.AccountId == parent.AccountId && m.CredentialsKind != null, cancellationToken);
        await IssueAndQueueAsync(parent.Account, school, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.WakeDelivery();

        logger.LogInformation("Sent credentials to parent {ParentId} (resend: {IsResend})", parent.Id, isResend);
        var email = parent.Account.Email!;
        return Result.Success(isResend ? CredentialsMessages.Resent(email) : CredentialsMessages.Sent(email));
    }

    /// <summary>
    /// Sends credentials to every parent of the school who has an email, is active and has
    /// never signed in, <see cref="BatchSize"/> parents per transaction.
    /// </summary>
    /// <param name="reportProgress">Called after each committed batch, on the calling thread.</param>
    /// <remarks>
    /// Each batch checks its parents again inside its transaction, so a parent who signed in,
    /// was deactivated or was archived after the run started is skipped. A cancelled run
    /// keeps the batches it committed, and every parent in them received a working password.
    /// </remarks>
    public async Task<Result<SendAllProgress>> SendAllAsync(
        Guid schoolId,
        Action<SendAllProgress>? reportProgress,
        CancellationToken cancellationToken)
    {
        var school = await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Id == schoolId, cancellationToken);
        if (school is null)
            return Result<SendAllProgress>.Failure(ParentMessages.SchoolNotFound);

        var parentIds = await db.Parents
            .Where(CredentialsRules.IsSendAllRecipient(schoolId))
            .OrderBy(p => p.Id)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        var progress = new SendAllProgress(parentIds.Count, 0, 0);
        logger.LogInformation(
            "Send All Credentials started for school {SchoolId} with {ParentCount} parents",
            schoolId,
            parentIds.Count);
        reportProgress?.Invoke(progress);

        foreach (var batch in parentIds.Chunk(BatchSize))
        {
            var sent = await SendBatchAsync(batch, school, cancellationToken);
            progress = progress with { Sent = progress.Sent + sent, Skipped = progress.Skipped + batch.Length - sent };
            reportProgress?.Invoke(progress);
        }

        logger.LogInformation(
            "Send All Credentials finished for school {SchoolId}: {SentCount} sent, {SkippedCount} skipped",
            schoolId,
            progress.Sent,
            progress.Skipped);
        return Result<SendAllProgress>.Success(progress, CredentialsMessages.SentToAll(progress.Sent, progress.Skipped));
    }

    /// <summary>Sends credentials to the parents of one batch who still qualify, in one transaction.</summary>
    private async Task<int> SendBatchAsync(Guid[] parentIds, School school, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var parents = await db.Parents
            .Include(p => p.Account)
            .Where(p => parentIds.Contains(p.Id))
            .Where(CredentialsRules.IsSendAllRecipient(school.Id))
            .ToListAsync(cancellationToken);
        foreach (var parent in parents)
            await IssueAndQueueAsync(parent.Account, school, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        outbox.WakeDelivery();
        return parents.Count;
    }

    private async Task IssueAndQueueAsync(Account account, School school, CancellationToken cancellationToken)
    {
        var password = await temporaryPasswords.IssueAsync(account);
        await outbox.QueueCredentialsAsync(
            account,
            password,
            CredentialsEmailKind.ParentCredentials,
            school.Name,
            cancellationToken);
    }

    private static (string Message, string Reason)? RejectRecipient(Account account)
    {
        if (account.IsArchived)
            return (CredentialsMessages.SendWhileArchived(account.FullName), "archived");
        if (account.IsDeactivated)
            return (CredentialsMessages.SendWhileDeactivated(account.FullName), "deactivated");
        if (account.LastSignInAt is not null)
            return (CredentialsMessages.AlreadySignedIn(account.FullName), "already signed in");
        if (account.Email is null || !account.LoginEnabled)
            return (CredentialsMessages.NoLogin(account.FullName), "no login");
        return null;
    }
}
