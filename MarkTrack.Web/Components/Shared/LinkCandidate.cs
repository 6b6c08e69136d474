namespace MarkTrack.Web.Components.Shared;

/// <summary>
/// A person offered in a link picker. One already linked is greyed out and cannot be picked.
/// <see cref="Note"/> is a short hint such as "Has two parents".
/// </summary>
public sealed record LinkCandidate(Guid Id, string FullName, string? Email, bool AlreadyLinked, string? Note = null);
