using MarkTrack.Tests.Email;
using MarkTrack.Tests.Infrastructure;

namespace MarkTrack.Tests.EndToEnd;

/// <summary>
/// The real app, an SMTP server for its email and headless Chromium, started before each
/// journey test and stopped after it. The app's warnings are copied into the test output.
/// </summary>
public abstract class BrowserJourney : IAsyncLifetime
{
    private protected LoopbackSmtpServer Smtp { get; private set; } = null!;

    private protected MarkTrackApp App { get; private set; } = null!;

    protected Chromium Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Smtp = new LoopbackSmtpServer(LoopbackSmtpServer.FindFreePort());
        App = new MarkTrackApp(Smtp.Port);
        App.Start();
        Browser = await Chromium.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        App.WriteWarningsTo(Xunit.TestContext.Current.TestOutputHelper);
        await Browser.DisposeAsync();
        await App.DisposeAsync();
        Smtp.Dispose();
    }
}
