namespace MarkTrack.Domain.Students;

public enum StudentKind
{
    /// <summary>Has a Parent 1 and signs in through that parent; an email is optional.</summary>
    Child,

    /// <summary>Has no parent and signs in with its own login; an email is required.</summary>
    Independent,
}
