namespace MarkTrack.Web.Components.Pages.Parents;

/// <summary>The questions and warnings of the restore and delete confirmations, with the children counted.</summary>
public static class LifecycleConfirmations
{
    public static string RestoreQuestion(string parent, int childrenArchivedWith) =>
        childrenArchivedWith == 0
            ? $"Restore {parent}? They return to the active lists and can sign in again."
            : $"Restore {parent} and the {Children(childrenArchivedWith)} archived with them? "
              + "They return to the active lists and can sign in again.";

    public static string DeletionWarning(string parent, int childrenArchivedWith) =>
        childrenArchivedWith == 0
            ? $"{parent}'s account will be deleted."
            : $"{parent}'s account and the {Children(childrenArchivedWith)} archived with them will be deleted, "
              + "with all their records.";

    private static string Children(int count) => count == 1 ? "1 child" : $"{count} children";
}
