using System.Linq.Expressions;

namespace MarkTrack.Domain.Parents;

/// <summary>Which parents get credentials, as queries the database can run.</summary>
internal static class CredentialsRules
{
    /// <summary>
    /// The parents Send All Credentials emails: members of the school with an email and a
    /// login that is on, not deactivated, not archived and never used.
    /// </summary>
    public static Expression<Func<Parent, bool>> IsSendAllRecipient(Guid schoolId) => parent =>
        parent.Memberships.Any(m => m.SchoolId == schoolId)
        && parent.Account.Email != null
        && parent.Account.LoginEnabled
        && !parent.Account.IsDeactivated
        && parent.Account.ArchivedAt == null
        && parent.Account.LastSignInAt == null;
}
