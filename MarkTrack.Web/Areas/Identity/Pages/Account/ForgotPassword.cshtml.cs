using System.ComponentModel.DataAnnotations;
using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MarkTrack.Web.Identity.Pages;

/// <summary>
/// The forgot-password page. It replaces Identity UI's, which hands the email to an
/// IEmailSender, so that the reset link goes through MarkTrack's outbox and templates.
/// </summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(PasswordResetService passwordReset, ISignInLinkProvider links) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return Page();

        await passwordReset.RequestAsync(Input.Email, BuildResetLink, cancellationToken);
        return RedirectToPage("./ForgotPasswordConfirmation");
    }

    /// <remarks>
    /// Built from the configured public address, never from the request's Host header, which
    /// a client chooses: a forged host would send the reset code to someone else's site.
    /// </remarks>
    private string BuildResetLink(string code) =>
        $"{links.PublicBaseUrl}/Identity/Account/ResetPassword?code={Uri.EscapeDataString(code)}";

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Email is required.")]
        [EmailAddress(ErrorMessage = "Email is not a valid email address. Use the form name@example.org.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";
    }
}
