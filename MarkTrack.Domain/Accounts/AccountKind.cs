namespace MarkTrack.Domain.Accounts;

public enum AccountKind
{
    Admin,
    Parent,
    Student,
}
