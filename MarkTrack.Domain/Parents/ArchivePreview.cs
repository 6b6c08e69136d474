namespace MarkTrack.Domain.Parents;

/// <summary>A child who stays active when the parent is archived, and who becomes its Parent 1.</summary>
public sealed record KeptChild(Guid StudentId, string FullName, string NewParent1Name);

/// <summary>What archiving a parent will do, shown in the confirmation before anything changes.</summary>
public sealed record ArchivePreview(
    Guid ParentId,
    string ParentName,
    IReadOnlyList<string> ChildrenToArchive,
    IReadOnlyList<KeptChild> ChildrenKept);
