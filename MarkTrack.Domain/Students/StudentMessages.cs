namespace MarkTrack.Domain.Students;

/// <summary>The exact texts of the student and linking pages, as the school's guide words them.</summary>
public static class StudentMessages
{
    public static string Linked(string student, string parent) => $"{student} has been linked as a child of {parent}";

    public static string TwoParentsAlready(string student) =>
        $"{student} already has two parents linked. Please unlink one first.";

    public static string AlreadyLinked(string student, string parent) => $"{student} is already linked to {parent}.";

    public static string LinkRemoved(string student) => $"Link to {student} has been removed.";

    public static string LinkRemovedSecondPromoted(string student) =>
        $"Link to {student} has been removed. The second parent is now the primary.";

    public static string LinkRemovedBecameIndependent(string student, string email) =>
        $"Link to {student} has been removed. {student} is now an independent student; login details have been emailed to {email}.";

    public const string NeedsEmailToBecomeIndependent =
        "Cannot unlink: student needs an email address to become independent.";

    public static string LinkAlreadyRemoved(string student, string parent) =>
        $"{parent} is no longer linked to {student}. Another admin may have removed the link; reload the page to see the current parents.";

    public static string ParentArchived(string parent) => $"{parent} is archived. Restore the parent before linking.";

    public static string ParentArchivedForNewChild(string parent) =>
        $"{parent} is archived. Restore the parent before adding a child to them, or pick another parent.";

    public static string StudentArchivedForUnlink(string student) =>
        $"{student} is archived. Restore the student before unlinking.";

    public static string ArchivedParentWouldBePrimary(string student, string parent2) =>
        $"Cannot unlink: {parent2} is archived, so {student} would be left without an active parent. Restore {parent2} or link another parent first.";

    public const string ParentsChangedMeanwhile =
        "This student's parents changed after you opened the confirmation, so the unlink would now do something else. Reload the page and check again.";

    public static string StudentArchived(string student) => $"{student} is archived. Restore the student before linking.";

    public const string StudentNotFound = "This student was not found. They may have been deleted; reload the page.";

    public const string ParentNotFound = "This parent was not found. They may have been deleted; reload the page.";

    public static string ChildCreated(string student, string parent) => $"{student} has been added as a child of {parent}.";

    public static string IndependentCreated(string student, string email) =>
        $"{student} has been added as an independent student. Login credentials have been emailed to {email}.";

    public const string IndependentNeedsEmail =
        "Email Address is required for an independent student, who signs in with their own login. Type the student's email, or pick a Parent.";

    public static string Updated(string student) => $"{student} has been updated.";

    public const string EmailIsPermanent =
        "Email Address cannot be changed once saved. A typo means archiving the student and adding them again.";

    public const string SchoolNotFound = "The current school was not found. Pick a school in the school switcher and try again.";
}
