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
