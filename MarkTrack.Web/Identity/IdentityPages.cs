namespace MarkTrack.Web.Identity;

/// <summary>Addresses of the sign-in pages that other parts of the app link or redirect to.</summary>
public static class IdentityPages
{
    public const string Login = "/Identity/Account/Login";
    public const string Logout = "/Identity/Account/Logout";
    public const string ChangePassword = "/Identity/Account/Manage/ChangePassword";
    public const string AccessDenied = "/Identity/Account/AccessDenied";

    /// <summary>
    /// The Identity UI pages MarkTrack offers. The rest (self-registration, changing the email,
    /// deleting personal data, external logins, two-factor set-up) would break the school's
    /// rules: admins create accounts and emails are permanent.
    /// </summary>
    public static readonly IReadOnlySet<string> Offered = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        Login,
        Logout,
        ChangePassword,
        AccessDenied,
        "/Identity/Account/Lockout",
        "/Identity/Account/ForgotPassword",
        "/Identity/Account/ForgotPasswordConfirmation",
        "/Identity/Account/ResetPassword",
        "/Identity/Account/ResetPasswordConfirmation",
    };
}
