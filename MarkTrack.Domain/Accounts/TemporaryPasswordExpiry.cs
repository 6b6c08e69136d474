using Microsoft.Extensions.Options;

namespace MarkTrack.Domain.Accounts;

/// <summary>The <c>Auth</c> configuration section.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";
    public const int MinTemporaryPasswordDays = 1;
    public const int MaxTemporaryPasswordDays = 365;

    /// <summary>Days a temporary password signs in after it was issued.</summary>
    public int TemporaryPasswordDays { get; set; } = 14;
}

/// <summary>Rejects an <c>Auth</c> section that would make temporary passwords never or always expire.</summary>
public sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var days = options.TemporaryPasswordDays;
        if (days is < AuthOptions.MinTemporaryPasswordDays or > AuthOptions.MaxTemporaryPasswordDays)
        {
            return ValidateOptionsResult.Fail(
                $"Auth:TemporaryPasswordDays is {days}. Set it to a whole number of days from "
                + $"{AuthOptions.MinTemporaryPasswordDays} to {AuthOptions.MaxTemporaryPasswordDays}.");
        }

        return ValidateOptionsResult.Success;
    }
}

/// <summary>Decides whether an account's temporary password is too old to sign in with.</summary>
public sealed class TemporaryPasswordExpiry(IOptions<AuthOptions> options, TimeProvider clock)
{
    public const string ExpiredMessage =
        "Your temporary password has expired. Ask the school office to send you new login details.";

    public TimeSpan Lifetime => TimeSpan.FromDays(options.Value.TemporaryPasswordDays);

    /// <summary>True when the account still has to replace a temporary password issued a full lifetime ago or earlier.</summary>
    public bool IsExpired(Account account) =>
        account.HasTemporaryPasswordIssuedBefore(clock.GetUtcNow().UtcDateTime - Lifetime);
}
