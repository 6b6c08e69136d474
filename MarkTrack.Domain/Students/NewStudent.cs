namespace MarkTrack.Domain.Students;

/// <summary>What an admin types in the Add Student dialog; with a parent the student is a child.</summary>
public sealed record NewStudent(string? FullName, string? Email, Guid? ParentId);
