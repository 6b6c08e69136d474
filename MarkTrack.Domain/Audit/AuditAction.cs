namespace MarkTrack.Domain.Audit;

public enum AuditAction
{
    StudentCreated,
    Linked,
    Unlinked,
    PromotedToParent1,
    BecameChild,
    BecameIndependent,
}
