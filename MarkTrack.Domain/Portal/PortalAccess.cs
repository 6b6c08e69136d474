using MarkTrack.Domain.Data;
using MarkTrack.Domain.Students;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Portal;

/// <summary>
/// Decides which students a signed-in account may view in the portal. A parent may view the
/// active children linked to them as Parent 1 or Parent 2, and an independent student with
/// login switched on may view their own records. Every portal query starts here.
/// </summary>
public sealed class PortalAccess(MarkTrackDbContext db, ILogger<PortalAccess> logger)
{
    public const string NotFound = "Not found. This page does not exist, or it is not yours to see.";

    /// <summary>The students the account may see, as a query to build on.</summary>
    public IQueryable<Student> VisibleStudents(string accountId) =>
        db.Students.Where(s => s.Account.ArchivedAt == null
            && ((s.Kind == StudentKind.Child
                    && ((s.Parent1 != null && s.Parent1.AccountId == accountId && s.Parent1.Account.ArchivedAt == null)
                        || (s.Parent2 != null && s.Parent2.AccountId == accountId && s.Parent2.Account.ArchivedAt == null)))
                || (s.Kind == StudentKind.Independent && s.AccountId == accountId && s.Account.LoginEnabled)));

    /// <summary>
    /// Logs a refused request without the requested student's id or any of its data, so a
    /// probe for another family's child leaves nothing of that child in the logs.
    /// </summary>
    public void LogRefusal(string accountId, string operation) =>
        logger.LogWarning(
            "Portal {Operation} by account {AccountId} requested a student it may not view; returned not found",
            operation, accountId);
}
