using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Schools;

namespace MarkTrack.Domain.Parents;

/// <summary>A guardian who pays the bills and follows the children linked to them.</summary>
public sealed class Parent
{
    public const int AddressMaxLength = 500;

    private readonly List<SchoolMembership> _memberships = [];

    private Parent()
    {
    }

    public Parent(Account account, Guid schoolId, DateTime createdAt)
    {
        Id = Guid.NewGuid();
        Account = account;
        AccountId = account.Id;
        _memberships.Add(new SchoolMembership(Id, schoolId, createdAt));
    }

    public Guid Id { get; private set; }

    public string AccountId { get; private set; } = "";

    public Account Account { get; private set; } = null!;

    public string? Address { get; private set; }

    public IReadOnlyCollection<SchoolMembership> Memberships => _memberships;

    public bool BelongsTo(Guid schoolId) => _memberships.Any(m => m.SchoolId == schoolId);

    /// <summary>Adds the parent to a school; returns false when already a member.</summary>
    public bool JoinSchool(Guid schoolId, DateTime joinedAt)
    {
        if (BelongsTo(schoolId))
            return false;

        _memberships.Add(new SchoolMembership(Id, schoolId, joinedAt));
        return true;
    }

    public void LeaveSchool(Guid schoolId) => _memberships.RemoveAll(m => m.SchoolId == schoolId);

    public void ChangeAddress(string? address) => Address = address;
}
