namespace MarkTrack.Domain.Parents;

/// <summary>The exact texts of archiving, restoring and deleting a parent.</summary>
public static class LifecycleMessages
{
    /// <summary>Builds the archive result in the guide's format, leaving out parts whose count is zero.</summary>
    public static string Archived(string parent, int childrenArchived, int childrenKept)
    {
        var parts = new List<string>();
        if (childrenArchived > 0)
            parts.Add($"{Children(childrenArchived)} archived");
        if (childrenKept > 0)
            parts.Add($"{Children(childrenKept)} kept (second parent promoted to primary)");
        return parts.Count == 0 ? $"{parent} archived." : $"{parent} archived. {string.Join("; ", parts)}.";
    }

    public static string Restored(string parent, int childrenRestored) =>
        childrenRestored == 0 ? $"{parent} restored." : $"{parent} restored with {Children(childrenRestored)}.";

    public static string AlreadyArchived(string parent) => $"{parent} is already archived.";

    public static string NotArchived(string parent) => $"{parent} is not archived, so there is nothing to restore.";

    public static string Deleted(string parent, int childrenDeleted, int childrenKept)
    {
        var text = childrenDeleted == 0
            ? $"{parent} was permanently deleted."
            : $"{parent} and {Children(childrenDeleted)} were permanently deleted.";
        return childrenKept == 0 ? text : $"{text} {Children(childrenKept)} kept with their other parent as Parent 1.";
    }

    public static string DeleteNeedsArchive(string parent) =>
        $"Only archived parents can be deleted. Archive {parent} first.";

    public static string DeleteNameMismatch(string parent) =>
        $"The name you typed does not match. Type {parent} exactly to confirm the permanent deletion.";

    public static string DeleteLeavesChildWithoutParent(string parent, string child) =>
        $"Cannot delete {parent}: {child} has no other parent. Link another parent to {child} first.";

    private static string Children(int count) => count == 1 ? "1 child" : $"{count} children";
}
