using System.ComponentModel.DataAnnotations;
using MarkTrack.Domain.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace MarkTrack.Web.Identity.Pages;

/// <summary>
/// The change-password page. After a temporary password it is the only page a user can
/// open, and a successful change continues to the user's home page.
/// </summary>
[Authorize]
public sealed class ChangePasswordModel(
    UserManager<Account> userManager,
    SignInManager<Account> signInManager,
    IOptions<IdentityOptions> identityOptions) : PageModel
{
    public const string ChangedMessage = "Your password has been changed.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public bool IsTemporary { get; private set; }

    public int RequiredLength => identityOptions.Value.Password.RequiredLength;

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await userManager.GetUserAsync(User);
        if (account is null)
            return Challenge();

        IsTemporary = account.MustChangePassword;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await userManager.GetUserAsync(User);
        if (account is null)
            return Challenge();

        IsTemporary = account.MustChangePassword;
        if (Input.NewPassword == Input.OldPassword)
            ModelState.AddModelError("Input.NewPassword", "New password must be different from the current password.");
        if (!ModelState.IsValid)
            return Page();

        var result = await userManager.ChangePasswordAsync(account, Input.OldPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(string.Empty, error.Description);
            return Page();
        }

        await signInManager.RefreshSignInAsync(account);
        if (IsTemporary)
            return LocalRedirect("/");

        StatusMessage = ChangedMessage;
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Current password is required.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string OldPassword { get; set; } = "";

        [Required(ErrorMessage = "New password is required.")]
        [StringLength(100, ErrorMessage = "New password must be at most {1} characters long.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string NewPassword { get; set; } = "";

        [DataType(DataType.Password)]
        [Display(Name = "Confirm new password")]
        [Compare(nameof(NewPassword), ErrorMessage = "Confirm new password does not match New password. Type the same password twice.")]
        public string ConfirmPassword { get; set; } = "";
    }
}
