using MarkTrack.Domain.Email;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Tests.Email;

/// <summary>
/// Runs the background loop itself, with a poll interval too long to matter, so only signals
/// wake it.
/// </summary>
public sealed class OutboxDeliveryLoopTests : EmailTestBase
{
    private static readonly TimeSpan LongPollInterval = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task SignalWakesDeliveryLoop()
    {
        using var smtp = new LoopbackSmtpServer(LoopbackSmtpServer.FindFreePort());
        await using var host = EmailTestHost.WithSmtp(Folder, Clock, smtp.Port);
        await host.CreateDatabaseAsync();
        var delivery = host.Delivery;
        delivery.PollInterval = LongPollInterval;
        await delivery.StartAsync(CancellationToken.None);

        await SaveAndNotifyAsync(host, "first@example.org");
        var afterFirst = await smtp.WaitForMessagesAsync(1);
        await SaveAndNotifyAsync(host, "second@example.org");
        var afterSecond = await smtp.WaitForMessagesAsync(2);
        await delivery.StopAsync(CancellationToken.None);

        Assert.Single(afterFirst);
        Assert.Equal(2, afterSecond.Count);
    }

    [Fact]
    public async Task LoopKeepsRunningAfterDatabaseError()
    {
        using var smtp = new LoopbackSmtpServer(LoopbackSmtpServer.FindFreePort());
        await using var host = EmailTestHost.WithSmtp(Folder, Clock, smtp.Port);
        var delivery = host.Delivery;
        delivery.PollInterval = LongPollInterval;
        await delivery.StartAsync(CancellationToken.None);
        var sawError = await WaitUntilAsync(() => host.Logs.Entries.Any(IsDeliveryError));

        await host.CreateDatabaseAsync();
        await SaveAndNotifyAsync(host, "amina@example.org");
        var delivered = await smtp.WaitForMessagesAsync(1);
        await delivery.StopAsync(CancellationToken.None);

        Assert.True(sawError);
        Assert.Single(delivered);
        Assert.Single(host.Logs.Entries, IsDeliveryError);
        Assert.Contains(host.Logs.Entries, entry => entry.Message.Contains("recovered after"));
    }

    private static bool IsDeliveryError(LogEntry entry) =>
        entry.Level == LogLevel.Error && entry.Category == typeof(OutboxDeliveryService).FullName;

    /// <summary>
    /// Saves a message directly and then notifies, like a caller that calls
    /// EmailOutbox.WakeDelivery after its commit.
    /// </summary>
    private static async Task SaveAndNotifyAsync(EmailTestHost host, string email)
    {
        var protector = host.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector(EmailOutbox.SecretProtectionPurpose);
        var content = TestEmailContent.PasswordLineOnly(email);

        await host.SaveMessageAsync(new OutboxMessage(content, protector.Protect("Pw-1"), null, DateTime.UnixEpoch));
        host.Services.GetRequiredService<IOutboxSignal>().Notify();
    }

    private static async Task<bool> WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition() && DateTime.UtcNow < deadline)
            await Task.Delay(20);

        return condition();
    }
}
