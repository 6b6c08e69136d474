using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Domain.Accounts;

internal static class EmailLookup
{
    /// <summary>
    /// Returns the email as an existing account stores it, or null when the address is free.
    /// Addresses are compared by Identity's normalized form, so case does not matter.
    /// </summary>
    public static Task<string?> FindStoredEmailAsync(
        this UserManager<Account> users,
        string email,
        CancellationToken cancellationToken)
    {
        var normalized = users.NormalizeEmail(email);
        return users.Users
            .Where(u => u.NormalizedEmail == normalized)
            .Select(u => u.Email)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
