namespace MarkTrack.Domain.Parents;

/// <summary>The exact texts the parent pages show, as the school's guide words them.</summary>
public static class ParentMessages
{
    public static string Created(string email) =>
        $"Parent account created successfully! Login credentials have been emailed to {email}.";

    public static string EmailTaken(string email) =>
        $"{email} is already linked to an existing account. A new account cannot be created with this email.";

    public static string Updated(string fullName) => $"{fullName} has been updated.";

    public const string NotFound = "This parent was not found. They may have been deleted; reload the Parents page.";

    public const string SchoolNotFound = "The current school was not found. Pick a school in the school switcher and try again.";
}
