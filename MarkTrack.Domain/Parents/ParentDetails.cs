namespace MarkTrack.Domain.Parents;

/// <summary>What an admin types in the Add New Parent dialog.</summary>
public sealed record NewParent(string? FullName, string? Email, string? PhoneNumber, string? Address = null);

/// <summary>What an admin may change on a parent; the email is permanent.</summary>
public sealed record ParentChanges(string? FullName, string? PhoneNumber, string? Address);
