using MarkTrack.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Domain.Parents;

/// <summary>Read-only queries behind the credentials column and Send All Credentials.</summary>
public sealed class CredentialsDirectory(MarkTrackDbContext db)
{
    /// <summary>Counts the parents Send All Credentials would email now: the N in its button.</summary>
    public Task<int> CountSendAllRecipientsAsync(Guid schoolId, CancellationToken cancellationToken) =>
        db.Parents.Where(CredentialsRules.IsSendAllRecipient(schoolId)).CountAsync(cancellationToken);

    /// <summary>Returns the login state and newest credentials email of each given parent.</summary>
    public async Task<IReadOnlyDictionary<Guid, CredentialsStatus>> GetStatusesAsync(
        IReadOnlyCollection<Guid> parentIds,
        CancellationToken cancellationToken)
    {
        var accounts = await db.Parents
            .Where(p => parentIds.Contains(p.Id))
            .Select(p => new
            {
                ParentId = p.Id,
                p.AccountId,
                CanSignIn = p.Account.Email != null
                    && p.Account.LoginEnabled
                    && !p.Account.IsDeactivated
                    && p.Account.ArchivedAt == null,
                p.Account.IsDeactivated,
                p.Account.LastSignInAt,
            })
            .ToListAsync(cancellationToken);
        var deliveries = await GetNewestDeliveriesAsync(accounts.Select(a => a.AccountId).ToList(), cancellationToken);

        return accounts.ToDictionary(
            a => a.ParentId,
            a => new CredentialsStatus(
                a.ParentId,
                a.CanSignIn,
                a.IsDeactivated,
                a.LastSignInAt,
                deliveries.GetValueOrDefault(a.AccountId)));
    }

    private async Task<Dictionary<string, CredentialsDelivery>> GetNewestDeliveriesAsync(
        List<string> accountIds,
        CancellationToken cancellationToken)
    {
        var newestIds = db.OutboxMessages
            .Where(m => m.CredentialsKind != null && accountIds.Contains(m.AccountId!))
            .GroupBy(m => m.AccountId)
            .Select(g => g.Max(m => m.Id));
        var newest = await db.OutboxMessages
            .Where(m => newestIds.Contains(m.Id))
            .Select(m => new
            {
                AccountId = m.AccountId!,
                Delivery = new CredentialsDelivery(m.CreatedAt, m.Status, m.SentAt, m.LastError),
            })
            .ToListAsync(cancellationToken);
        return newest.ToDictionary(n => n.AccountId, n => n.Delivery);
    }
}
