using System.ComponentModel.DataAnnotations;
using MarkTrack.Domain.Accounts;
using MarkTrack.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MarkTrack.Web.Identity.Pages;

/// <summary>
/// The sign-in page. It replaces Identity UI's, which links to self-registration and
/// external logins that a school installation does not offer.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(
    SignInManager<Account> signInManager,
    UserManager<Account> userManager,
    IPasswordHasher<Account> passwordHasher,
    SignInGate gate) : PageModel
{
    /// <summary>
    /// The one message for every rejected sign-in, locked out or not, so the page does not
    /// reveal which emails have accounts.
    /// </summary>
    public const string RejectedMessage =
        "Invalid login attempt. Check your email and password and try again. "
        + "After 5 failed attempts, sign-in is blocked for 15 minutes.";

    /// <summary>A hash to check unknown emails against, so they take as long as known ones.</summary>
    private static readonly Lazy<string> DecoyHash =
        new(() => new PasswordHasher<Account>().HashPassword(null!, Guid.NewGuid().ToString()));

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    public async Task OnGetAsync(string? returnUrl = null)
    {
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        ReturnUrl = returnUrl;
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null, CancellationToken cancellationToken = default)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
            return Page();

        using var turn = await gate.EnterAsync(Input.Email, cancellationToken);
        var account = await userManager.FindByEmailAsync(Input.Email.Trim());
        if (account is null)
        {
            passwordHasher.VerifyHashedPassword(null!, DecoyHash.Value, Input.Password);
            return Rejected();
        }

        var result = await signInManager.PasswordSignInAsync(account, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result is TemporaryPasswordExpiredResult)
            return Rejected(TemporaryPasswordExpiry.ExpiredMessage);
        if (!result.Succeeded)
            return Rejected();

        if (account.MustChangePassword)
            return LocalRedirect(IdentityPages.ChangePassword);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    private PageResult Rejected(string message = RejectedMessage)
    {
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Email is required.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Password is required.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Remember me")]
        public bool RememberMe { get; set; }
    }
}
