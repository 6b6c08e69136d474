namespace MarkTrack.Domain.Schools;

/// <summary>The exact texts of the school pages and of school membership changes.</summary>
public static class SchoolMessages
{
    public static string ChildrenStillEnrolled(string school, IEnumerable<string> children) =>
        $"Cannot remove from {school}: parent still has children enrolled there ({string.Join(", ", children)}). "
        + "Unlink or remove the children from this school first.";

    public static string LastSchool(string school) =>
        $"Cannot remove from {school}: a parent must belong to at least one school.";

    public static string StudentLastSchool(string student, string school) =>
        $"Cannot remove {student} from {school}: a student must be enrolled in at least one school.";

    public static string ParentAdded(string parent, string school) => $"{parent} has been added to {school}.";

    public static string ParentAlreadyMember(string parent, string school) => $"{parent} already belongs to {school}.";

    public static string ParentRemoved(string parent, string school) => $"{parent} has been removed from {school}.";

    public static string NotAMember(string parent, string school) => $"{parent} does not belong to {school}.";

    public static string StudentEnrolled(string student, string school) => $"{student} has been enrolled in {school}.";

    public static string StudentAlreadyEnrolled(string student, string school) => $"{student} is already enrolled in {school}.";

    public static string StudentUnenrolled(string student, string school) => $"{student} has been removed from {school}.";

    public static string NotEnrolled(string student, string school) => $"{student} is not enrolled in {school}.";

    public static string SchoolAdded(string school) => $"{school} has been added.";

    public static string SchoolRenamed(string school) => $"The school is now called {school}.";

    public static string SchoolNameTaken(string school) =>
        $"A school called {school} already exists. Choose another School Name.";

    public static string UnknownTimeZone(string timeZoneId) =>
        $"{timeZoneId} is not a known time zone. Pick one from the list, such as Europe/London or Asia/Karachi.";

    public static string TimeZoneChanged(string school, string? timeZoneId) =>
        timeZoneId is null
            ? $"{school} now uses the default time zone."
            : $"{school} now uses the time zone {timeZoneId}.";

    public const string SchoolNameRequired = "School Name is required. Type the school's name.";

    public const string SchoolNotFound = "This school was not found. Reload the page and try again.";

    public const string ParentNotFound = "This parent was not found. They may have been deleted; reload the page.";

    public const string StudentNotFound = "This student was not found. They may have been deleted; reload the page.";
}
