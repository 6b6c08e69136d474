using MarkTrack.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Domain.Accounts;

/// <summary>
/// Decides whether a signed-in session may go on: its account must still be able to sign in
/// and still carry the security stamp the session started with. A new temporary password,
/// a password change and deactivation all change the stamp.
/// </summary>
public sealed class AccountSessionValidator(MarkTrackDbContext db)
{
    public async Task<bool> IsValidAsync(string accountId, string? securityStamp, CancellationToken cancellationToken)
    {
        var account = await db.Users
            .AsNoTracking()
            .Where(a => a.Id == accountId)
            .Select(a => new { a.SecurityStamp, a.LoginEnabled, a.IsDeactivated, a.ArchivedAt })
            .FirstOrDefaultAsync(cancellationToken);

        return account is { LoginEnabled: true, IsDeactivated: false, ArchivedAt: null }
            && securityStamp is not null
            && account.SecurityStamp == securityStamp;
    }
}
