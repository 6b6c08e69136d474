using Microsoft.AspNetCore.Identity;

namespace MarkTrack.Domain.Accounts;

internal static class IdentityResultExtensions
{
    /// <summary>
    /// Turns a failed Identity result into an exception. Callers validate first, so a failure
    /// here is a bug or a lost race, never an input error for the user to fix.
    /// </summary>
    public static async Task ThrowIfFailedAsync(this Task<IdentityResult> pending, string action)
    {
        var result = await pending;
        if (result.Succeeded)
            return;

        var codes = string.Join(", ", result.Errors.Select(e => e.Code));
        throw new IdentityOperationException($"Failed to {action}: {codes}.", result.Errors.Select(e => e.Code).ToArray());
    }
}

public sealed class IdentityOperationException(string message, IReadOnlyList<string> errorCodes) : Exception(message)
{
    public IReadOnlyList<string> ErrorCodes { get; } = errorCodes;
}
