namespace MarkTrack.Domain.Parents;

/// <summary>The texts the Parents page shows for sending credentials and for deactivation.</summary>
public static class CredentialsMessages
{
    public static string Sent(string email) => $"Login credentials have been emailed to {email}.";

    public static string Resent(string email) =>
        $"New login credentials have been emailed to {email}. The previous temporary password no longer works.";

    public static string AlreadySignedIn(string fullName) =>
        $"{fullName} has already signed in, so no credentials were sent. "
        + "A parent who forgot their password can use Forgot your password? on the sign-in page.";

    public static string SendWhileDeactivated(string fullName) =>
        $"{fullName} is deactivated, so no credentials were sent. Reactivate them on their profile page first.";

    public static string SendWhileArchived(string fullName) =>
        $"{fullName} is archived, so no credentials were sent. Restore them from the Archived list first.";

    public static string NoLogin(string fullName) =>
        $"{fullName} has no login with an email address, so no credentials were sent.";

    public static string SentToAll(int sent, int skipped)
    {
        var message = sent == 0
            ? "No credentials were sent: every active parent of this school with an email has already signed in."
            : $"Login credentials have been emailed to {Parents(sent)}.";
        if (skipped > 0)
        {
            var verb = skipped == 1 ? "was" : "were";
            message += $" {Parents(skipped)} {verb} skipped because they signed in, were deactivated or were "
                + "archived while the emails were being prepared.";
        }

        return message;
    }

    public static string SendAllStopped(int sent) =>
        $"Send All Credentials stopped because the server is shutting down, after emailing {Parents(sent)}. "
        + "Press Send All Credentials again to send the rest.";

    public static string SendAllFailed(int sent) =>
        $"Send All Credentials failed after emailing {Parents(sent)}. "
        + "Press Send All Credentials again to send the rest; if it fails again, check the server log.";

    public static string Deactivated(string fullName) =>
        $"{fullName} has been deactivated and can no longer sign in. Any open session has ended.";

    public static string Reactivated(string fullName) => $"{fullName} has been reactivated and can sign in again.";

    public static string AlreadyDeactivated(string fullName) => $"{fullName} is already deactivated.";

    public static string AlreadyActive(string fullName) => $"{fullName} is already active.";

    public static string ChangedConcurrently(string fullName) =>
        $"{fullName}'s account changed at the same moment, so nothing was saved. Reload the page and try again.";

    private static string Parents(int count) => count == 1 ? "1 parent" : $"{count} parents";
}
