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
