using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Students;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Domain.Parents;

/// <summary>
/// Removes a person's rows for a permanent deletion: the student or parent row, their
/// enrollments or school memberships, their outbox emails and their Identity account.
/// The caller saves inside its transaction; audit entries are kept, with names only.
/// </summary>
public sealed class ParentRemoval(MarkTrackDbContext db)
{
    public async Task DeleteStudentAsync(Student student, CancellationToken cancellationToken)
    {
        db.Students.Remove(student);
        await RemoveAccountAsync(student.Account, cancellationToken);
    }

    public async Task DeleteParentAsync(Parent parent, CancellationToken cancellationToken)
    {
        db.Parents.Remove(parent);
        await RemoveAccountAsync(parent.Account, cancellationToken);
    }

    private async Task RemoveAccountAsync(Account account, CancellationToken cancellationToken)
    {
        var emails = await db.OutboxMessages.Where(m => m.AccountId == account.Id).ToListAsync(cancellationToken);
        db.OutboxMessages.RemoveRange(emails);
        db.Users.Remove(account);
    }
}
