namespace MarkTrack.Domain.Schools;

/// <summary>A parent's belonging to a school; a parent keeps at least one.</summary>
public sealed class SchoolMembership
{
    private SchoolMembership()
    {
    }

    public SchoolMembership(Guid parentId, Guid schoolId, DateTime joinedAt)
    {
        ParentId = parentId;
        SchoolId = schoolId;
        JoinedAt = joinedAt;
    }

    public Guid ParentId { get; private set; }

    public Guid SchoolId { get; private set; }

    public DateTime JoinedAt { get; private set; }
}
