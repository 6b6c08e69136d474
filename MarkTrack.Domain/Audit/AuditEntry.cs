namespace MarkTrack.Domain.Audit;

/// <summary>
/// One change to who is linked to whom, kept so the office can settle a family's dispute.
/// Names are copied in, so the entry still reads after the people are deleted.
/// </summary>
public sealed class AuditEntry
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 1000;

    private AuditEntry()
    {
    }

    public AuditEntry(AuditAction action, Actor actor, DateTime occurredAt, string summary)
    {
        Action = action;
        ActorAccountId = actor.AccountId;
        ActorName = actor.FullName;
        OccurredAt = occurredAt;
        Summary = summary;
    }

    public long Id { get; private set; }

    public AuditAction Action { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public string? ActorAccountId { get; private set; }

    public string ActorName { get; private set; } = "";

    public Guid? StudentId { get; private set; }

    public string? StudentName { get; private set; }

    public Guid? ParentId { get; private set; }

    public string? ParentName { get; private set; }

    /// <summary>What happened, in the words shown to the admin.</summary>
    public string Summary { get; private set; } = "";

    /// <summary>The slots or state before the change, such as "Parent 1: Aisha Rahman; Parent 2: none".</summary>
    public string? Before { get; private set; }

    public string? After { get; private set; }

    public AuditEntry About(Guid? studentId, string? studentName, Guid? parentId, string? parentName)
    {
        StudentId = studentId;
        StudentName = studentName;
        ParentId = parentId;
        ParentName = parentName;
        return this;
    }

    public AuditEntry Change(string? before, string? after)
    {
        Before = before;
        After = after;
        return this;
    }
}

/// <summary>The admin who made a change.</summary>
public sealed record Actor(string? AccountId, string FullName)
{
    public static readonly Actor System = new(null, "MarkTrack");
}
