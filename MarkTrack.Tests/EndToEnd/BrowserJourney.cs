using MarkTrack.Tests.Email;
using MarkTrack.Tests.Infrastructure;

namespace MarkTrack.Tests.EndToEnd;

/// <summary>
/// The real app on Kestrel, an SMTP server for its emails and headless Chromium, started
/// for each journey test and stopped after it, with the app's warnings in the test output.
/// </summary>
public abstract class BrowserJourney : IAsyncLifetime
{
    internal LoopbackSmtpServer Smtp { get; private set; } = null!;

    internal MarkTrackApp App { get; private set; } = null!;

    internal Chromium Chromium { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Smtp = new LoopbackSmtpServer(LoopbackSmtpServer.FindFreePort());
        App = new MarkTrackApp(Smtp.Port);
        App.Start();
        Chromium = await Chromium.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        App.WriteWarningsTo(Xunit.TestContext.Current.TestOutputHelper);
        await Chromium.DisposeAsync();
        await App.DisposeAsync();
        Smtp.Dispose();
        GC.SuppressFinalize(this);
    }
}
