namespace MarkTrack.Domain.Students;

/// <summary>What an admin types in the Add Student dialog; with a parent the student is a child.</summary>
public sealed record NewStudent(string? FullName, string? Email, Guid? ParentId);

/// <summary>
/// What an admin may change on a student. The email can be added while the student has none,
/// and is permanent once saved, like every email.
/// </summary>
public sealed record StudentChanges(string? FullName, string? Email, string? PhoneNumber);
