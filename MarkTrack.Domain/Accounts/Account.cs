using MarkTrack.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace MarkTrack.Domain.Accounts;

/// <summary>
/// A person known to the installation: an admin, a parent or a student. The Identity user
/// row carries the email, so one unique index keeps every email unique across all of them.
/// </summary>
public sealed class Account : IdentityUser
{
    public const int FullNameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 40;

    private Account()
    {
    }

    public Account(AccountKind kind, Guid organizationId, string fullName, string? email, DateTime createdAt)
    {
        Id = Guid.NewGuid().ToString();
        Kind = kind;
        OrganizationId = organizationId;
        FullName = fullName;
        SearchName = PersonSearch.Fold(fullName);
        Email = email;
        UserName = email ?? $"no-email-{Id}";
        CreatedAt = createdAt;
        EmailConfirmed = email is not null;
        LockoutEnabled = true;
    }

    public AccountKind Kind { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string FullName { get; private set; } = "";

    /// <summary>The full name folded for case- and accent-insensitive search and sorting.</summary>
    public string SearchName { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    /// <summary>False for a child student, who signs in through a parent.</summary>
    public bool LoginEnabled { get; private set; }

    public bool IsDeactivated { get; private set; }

    public DateTime? ArchivedAt { get; private set; }

    public DateTime? LastSignInAt { get; private set; }

    /// <summary>True while the password is a temporary one that the user has to replace.</summary>
    public bool MustChangePassword { get; private set; }

    public DateTime? TemporaryPasswordIssuedAt { get; private set; }

    /// <summary>The school an admin is working in; lists in the admin pages are scoped to it.</summary>
    public Guid? CurrentSchoolId { get; private set; }

    public bool IsArchived => ArchivedAt is not null;

    public bool CanSignIn => LoginEnabled && !IsDeactivated && !IsArchived;

    public void Rename(string fullName)
    {
        FullName = fullName;
        SearchName = PersonSearch.Fold(fullName);
    }

    public void ChangePhone(string? phone) => PhoneNumber = phone;

    public void EnableLogin() => LoginEnabled = true;

    /// <summary>Switches login off and ends the account's open sessions at their next security stamp check.</summary>
    public void DisableLogin()
    {
        LoginEnabled = false;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>
    /// Stores a temporary password hash in place of any earlier password. A new security
    /// stamp ends the sessions opened with the earlier password, and a new concurrency stamp
    /// makes a stale Identity update of this row fail instead of restoring the old hash.
    /// </summary>
    public void ReplacePasswordWithTemporary(string passwordHash, string securityStamp, DateTime issuedAt)
    {
        PasswordHash = passwordHash;
        SecurityStamp = securityStamp;
        ConcurrencyStamp = Guid.NewGuid().ToString();
        MustChangePassword = true;
        TemporaryPasswordIssuedAt = issuedAt;
    }

    public void ReplaceTemporaryPassword()
    {
        MustChangePassword = false;
        TemporaryPasswordIssuedAt = null;
    }

    public void RecordSignIn(DateTime signedInAt) => LastSignInAt = signedInAt;

    /// <summary>Archives the account and ends its open sessions at their next security stamp check.</summary>
    public void Archive(DateTime archivedAt)
    {
        ArchivedAt ??= archivedAt;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public void Restore() => ArchivedAt = null;
    /// <summary>Blocks sign-in. The caller also changes the security stamp, which ends open sessions.</summary>
    public void Deactivate() => IsDeactivated = true;

    public void Reactivate() => IsDeactivated = false;

    /// <summary>True while the account has a temporary password issued at or before <paramref name="cutoff"/>.</summary>
    public bool HasTemporaryPasswordIssuedBefore(DateTime cutoff) =>
        MustChangePassword && TemporaryPasswordIssuedAt is { } issuedAt && issuedAt <= cutoff;

    public void SwitchSchool(Guid schoolId) => CurrentSchoolId = schoolId;
}
