using Microsoft.Playwright;

namespace MarkTrack.Tests.EndToEnd;

/// <summary>Steps a person takes in the browser, shared by the end-to-end journeys.</summary>
internal static class BrowserSteps
{
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/Identity/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
    }

    /// <summary>Fills and submits the Add New Parent dialog from the Parents page.</summary>
    public static async Task AddParentAsync(IPage admin, string fullName, string email, string? phone = null)
    {
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add Parent" }).ClickAsync();
        var name = admin.Locator("input[data-testid=parent-full-name]");
        var emailInput = admin.Locator("input[data-testid=parent-email]");

        // The dialog's autofocus can arrive late, under load, and move typing into Full Name,
        // so the fields are filled again until both hold what was typed (three tries at most).
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await name.FillAsync(fullName);
            await emailInput.FillAsync(email);
            if (await name.InputValueAsync() == fullName && await emailInput.InputValueAsync() == email)
                break;
        }

        await Assertions.Expect(name).ToHaveValueAsync(fullName);
        await Assertions.Expect(emailInput).ToHaveValueAsync(email);
        if (phone is not null)
            await admin.Locator("input[data-testid=parent-phone]").FillAsync(phone);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create Parent" }).ClickAsync();
    }

    /// <summary>Replaces the temporary password on the change-password page the sign-in leads to.</summary>
    public static async Task ReplaceTemporaryPasswordAsync(IPage page, string temporaryPassword, string newPassword)
    {
        await page.GetByLabel("Current password").FillAsync(temporaryPassword);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(newPassword);
        await page.GetByLabel("Confirm new password").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Update password" }).ClickAsync();
    }

    /// <summary>Reads the password from the line <c>Temporary password: …</c> of a credentials email.</summary>
    public static string TemporaryPasswordIn(MimeKit.MimeMessage email) =>
        System.Text.RegularExpressions.Regex.Match(
            email.TextBody ?? "",
            @"^Temporary password: (\S+)\s*$",
            System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value;

    /// <summary>Waits until the Blazor circuit is connected; clicks before that do nothing.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>Opens a page and waits for the Blazor circuit, because clicks before it connects do nothing.</summary>
    public static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitForInteractiveAsync(page);
    }

    public static Task ExpectTextAsync(IPage page, string text) =>
        Assertions.Expect(page.GetByText(text, new() { Exact = true })).ToBeVisibleAsync();
}
