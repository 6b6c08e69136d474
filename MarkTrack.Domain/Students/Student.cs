using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Schools;

namespace MarkTrack.Domain.Students;

/// <summary>
/// A student with two parent slots. A child always has Parent 1 (primary); Parent 2
/// (secondary) is optional. An independent student has neither.
/// </summary>
public sealed class Student
{
    private readonly List<Enrollment> _enrollments = [];

    private Student()
    {
    }

    private Student(Account account, StudentKind kind, Parent? parent1, Guid schoolId, DateTime createdAt)
    {
        Id = Guid.NewGuid();
        Account = account;
        AccountId = account.Id;
        Kind = kind;
        Parent1 = parent1;
        Parent1Id = parent1?.Id;
        _enrollments.Add(new Enrollment(Id, schoolId, createdAt));
    }

    public Guid Id { get; private set; }

    public string AccountId { get; private set; } = "";

    public Account Account { get; private set; } = null!;

    public StudentKind Kind { get; private set; }

    public Guid? Parent1Id { get; private set; }

    public Parent? Parent1 { get; private set; }

    public Guid? Parent2Id { get; private set; }

    public Parent? Parent2 { get; private set; }

    /// <summary>Changes on every slot change so that two admins cannot both fill the last slot.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public IReadOnlyCollection<Enrollment> Enrollments => _enrollments;

    /// <summary>The parent whose archiving archived this student; restoring that parent restores the student.</summary>
    public Guid? ArchivedWithParentId { get; private set; }

    public bool HasTwoParents => Parent1Id is not null && Parent2Id is not null;

    /// <summary>Returns 1 or 2 for the slot the parent holds, or null when not linked.</summary>
    public int? SlotOf(Guid parentId)
    {
        if (Parent1Id == parentId)
            return 1;
        if (Parent2Id == parentId)
            return 2;
        return null;
    }

    /// <summary>
    /// Puts the parent in the next empty slot and returns the slot. An independent student
    /// becomes a child with this parent as Parent 1 and signs in through the parent from now on.
    /// </summary>
    public int LinkParent(Parent parent)
    {
        if (SlotOf(parent.Id) is not null)
            throw new InvalidOperationException($"Parent {parent.Id} is already linked to student {Id}.");
        if (HasTwoParents)
            throw new InvalidOperationException($"Student {Id} already has two parents.");

        Version = Guid.NewGuid();
        if (Kind == StudentKind.Independent)
        {
            Kind = StudentKind.Child;
            Account.DisableLogin();
        }

        if (Parent1Id is null)
        {
            Parent1 = parent;
            Parent1Id = parent.Id;
            return 1;
        }

        Parent2 = parent;
        Parent2Id = parent.Id;
        return 2;
    }

    /// <summary>Returns what unlinking the parent would do, without changing anything.</summary>
    public UnlinkOutcome PredictUnlink(Guid parentId) => SlotOf(parentId) switch
    {
        2 => UnlinkOutcome.Removed,
        1 when Parent2Id is not null => UnlinkOutcome.SecondParentPromoted,
        1 => UnlinkOutcome.BecameIndependent,
        _ => throw new InvalidOperationException($"Parent {parentId} is not linked to student {Id}."),
    };

    /// <summary>
    /// Removes the parent's link. Parent 2 moves up when Parent 1 leaves; a child left with
    /// no parent becomes an independent student with login switched on.
    /// </summary>
    public UnlinkOutcome UnlinkParent(Guid parentId)
    {
        var slot = SlotOf(parentId)
            ?? throw new InvalidOperationException($"Parent {parentId} is not linked to student {Id}.");
        Version = Guid.NewGuid();
        if (ArchivedWithParentId == parentId)
            ArchivedWithParentId = null;
        if (slot == 2)
        {
            Parent2 = null;
            Parent2Id = null;
            return UnlinkOutcome.Removed;
        }

        if (Parent2Id is not null)
        {
            Parent1 = Parent2;
            Parent1Id = Parent2Id;
            Parent2 = null;
            Parent2Id = null;
            return UnlinkOutcome.SecondParentPromoted;
        }

        Parent1 = null;
        Parent1Id = null;
        Kind = StudentKind.Independent;
        Account.EnableLogin();
        return UnlinkOutcome.BecameIndependent;
    }

    /// <summary>Archives the student together with the parent who was its only active guardian.</summary>
    public void ArchiveWith(Guid parentId, DateTime archivedAt)
    {
        Account.Archive(archivedAt);
        ArchivedWithParentId = parentId;
    }

    public void RestoreWithParent()
    {
        Account.Restore();
        ArchivedWithParentId = null;
    }

    /// <summary>
    /// Moves an archived Parent 1 into the Parent 2 slot and the other parent into Parent 1,
    /// so the child's primary guardian is one who is still active.
    /// </summary>
    public void KeepArchivedParentSecond(Guid archivedParentId)
    {
        if (Parent1Id != archivedParentId || Parent2 is null)
            return;

        (Parent1, Parent2) = (Parent2, Parent1);
        (Parent1Id, Parent2Id) = (Parent2Id, Parent1Id);
        Version = Guid.NewGuid();
    }

    public bool IsEnrolledIn(Guid schoolId) => _enrollments.Any(e => e.SchoolId == schoolId);

    /// <summary>Enrolls the student in a school; returns false when already enrolled.</summary>
    public bool Enroll(Guid schoolId, DateTime enrolledAt)
    {
        if (IsEnrolledIn(schoolId))
            return false;

        _enrollments.Add(new Enrollment(Id, schoolId, enrolledAt));
        return true;
    }

    public void Unenroll(Guid schoolId) => _enrollments.RemoveAll(e => e.SchoolId == schoolId);

    public static Student CreateChild(Account account, Parent parent1, Guid schoolId, DateTime createdAt)
        => new(account, StudentKind.Child, parent1, schoolId, createdAt);

    /// <summary>Fills Parent 2 while seeding demo data; admins link through the linking service.</summary>
    internal void SeedSecondParent(Parent parent2)
    {
        Parent2 = parent2;
        Parent2Id = parent2.Id;
        Version = Guid.NewGuid();
    }

    public static Student CreateIndependent(Account account, Guid schoolId, DateTime createdAt)
        => new(account, StudentKind.Independent, null, schoolId, createdAt);
}
