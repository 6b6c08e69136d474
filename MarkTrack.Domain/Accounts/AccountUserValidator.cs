using Microsoft.AspNetCore.Identity;

namespace MarkTrack.Domain.Accounts;

/// <summary>
/// Identity's user validator, except that a student may have no email: a child signs in
/// through a parent, so the school may not know one. Every email present stays unique.
/// </summary>
public sealed class AccountUserValidator(IdentityErrorDescriber errors) : UserValidator<Account>(errors)
{
    private const string InvalidEmailCode = nameof(IdentityErrorDescriber.InvalidEmail);

    public override async Task<IdentityResult> ValidateAsync(UserManager<Account> manager, Account user)
    {
        var result = await base.ValidateAsync(manager, user);
        if (result.Succeeded || user.Email is not null || user.Kind != AccountKind.Student)
            return result;

        var remaining = result.Errors.Where(e => e.Code != InvalidEmailCode).ToArray();
        return remaining.Length == 0 ? IdentityResult.Success : IdentityResult.Failed(remaining);
    }
}
