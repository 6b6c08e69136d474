using System.Security.Claims;
using MarkTrack.Domain.Audit;

namespace MarkTrack.Web.Identity;

public static class ActorClaims
{
    /// <summary>
    /// Builds the audit log's actor from the signed-in admin's claims. The full name falls
    /// back to the user name when the full-name claim is missing, so the entry still names someone.
    /// </summary>
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        var accountId = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The signed-in user has no account id claim.");
        var fullName = user.FindFirstValue(AccountClaimsPrincipalFactory.FullNameClaim)
            ?? user.Identity?.Name
            ?? accountId;
        return new Actor(accountId, fullName);
    }
}
