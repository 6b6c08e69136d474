using Microsoft.AspNetCore.Identity;

namespace MarkTrack.Web.Identity;

/// <summary>
/// A sign-in rejected because the password was a temporary one past its lifetime. The
/// password was correct, so the sign-in page may show the reason without revealing anything new.
/// </summary>
public sealed class TemporaryPasswordExpiredResult : SignInResult
{
    public static readonly TemporaryPasswordExpiredResult Instance = new();

    private TemporaryPasswordExpiredResult() => IsNotAllowed = true;
}
