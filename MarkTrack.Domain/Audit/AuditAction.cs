namespace MarkTrack.Domain.Audit;

public enum AuditAction
{
    StudentCreated,
    Linked,
    Unlinked,
    PromotedToParent1,
    BecameChild,
    BecameIndependent,
    Archived,
    Restored,
    Deleted,
    JoinedSchool,
    LeftSchool,
    Enrolled,
    Unenrolled,
    EmailAdded,
}
