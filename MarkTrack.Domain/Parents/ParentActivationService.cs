using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Parents;

/// <summary>
/// Deactivates and reactivates parents. Deactivation only blocks sign-in: the parent and
/// their children stay in every list and keep every link.
/// </summary>
public sealed class ParentActivationService(
    MarkTrackDbContext db,
    UserManager<Account> users,
    ILogger<ParentActivationService> logger)
{
    /// <summary>
    /// Blocks the parent's sign-in and changes the security stamp, so that every open
    /// session is rejected at its next request or circuit event.
    /// </summary>
    public async Task<Result> DeactivateAsync(Guid parentId, CancellationToken cancellationToken)
    {
        var account = await FindAccountAsync(parentId, cancellationToken);
        if (account is null)
            return Result.Failure(ParentMessages.NotFound);
        if (account.IsDeactivated)
            return Result.Failure(CredentialsMessages.AlreadyDeactivated(account.FullName));

        account.Deactivate();
        var saved = await users.UpdateSecurityStampAsync(account);
        if (!saved.Succeeded)
            return ChangedConcurrently(account, saved);

        logger.LogInformation("Deactivated parent {ParentId}", parentId);
        return Result.Success(CredentialsMessages.Deactivated(account.FullName));
    }

    /// <summary>Lets the parent sign in again with the password they had.</summary>
    public async Task<Result> ReactivateAsync(Guid parentId, CancellationToken cancellationToken)
    {
        var account = await FindAccountAsync(parentId, cancellationToken);
        if (account is null)
            return Result.Failure(ParentMessages.NotFound);
        if (!account.IsDeactivated)
            return Result.Failure(CredentialsMessages.AlreadyActive(account.FullName));

        account.Reactivate();
        var saved = await users.UpdateAsync(account);
        if (!saved.Succeeded)
            return ChangedConcurrently(account, saved);

        logger.LogInformation("Reactivated parent {ParentId}", parentId);
        return Result.Success(CredentialsMessages.Reactivated(account.FullName));
    }

    private Task<Account?> FindAccountAsync(Guid parentId, CancellationToken cancellationToken) =>
        db.Parents
            .Where(p => p.Id == parentId)
            .Select(p => p.Account)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Reports a failed save. Callers validate first, so the one expected failure is
    /// Identity's concurrency check: another request changed the account at the same moment.
    /// </summary>
    private Result ChangedConcurrently(Account account, IdentityResult saved)
    {
        logger.LogWarning(
            "Saving the activation change of account {AccountId} failed: {ErrorCodes}",
            account.Id,
            string.Join(", ", saved.Errors.Select(e => e.Code)));
        return Result.Failure(CredentialsMessages.ChangedConcurrently(account.FullName));
    }
}
