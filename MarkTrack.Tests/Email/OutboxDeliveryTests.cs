using MarkTrack.Domain.Email;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace MarkTrack.Tests.Email;

public sealed class OutboxDeliveryTests : EmailTestBase
{
    [Fact]
    public async Task DeliverySendsQueuedMessageOverSmtp()
    {
        using var smtp = new LoopbackSmtpServer(LoopbackSmtpServer.FindFreePort());
        await using var host = EmailTestHost.WithSmtp(Folder, Clock, smtp.Port);
        await host.CreateDatabaseAsync();
        var id = await host.QueueWelcomeAsync("Amina Yusuf", "amina@example.org", Password);

        var handled = await host.Delivery.DeliverDueMessagesAsync(CancellationToken.None);

        Assert.Equal(1, handled);
        var delivered = Assert.Single(await smtp.WaitForMessagesAsync(1));
        Assert.Equal("amina@example.org", delivered.To.Mailboxes.Single().Address);
        Assert.Equal("office@alnoor.example", delivered.From.Mailboxes.Single().Address);
        Assert.Equal("Your Al-Noor Academy parent portal login", delivered.Subject);
        Assert.Contains(Password, delivered.TextBody);
        Assert.Contains(Password, delivered.HtmlBody);
        Assert.DoesNotContain(EmailContent.SecretPlaceholder, delivered.TextBody);
        Assert.DoesNotContain(EmailContent.SecretPlaceholder, delivered.HtmlBody);

        var stored = await host.LoadMessageAsync(id);
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Null(stored.ProtectedSecret);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, stored.SentAt);
        Assert.Equal(1, stored.Attempts);
    }

    [Fact]
    public async Task DeliveredTextPartHasPasswordLine()
    {
        using var smtp = new LoopbackSmtpServer(LoopbackSmtpServer.FindFreePort());
        await using var host = EmailTestHost.WithSmtp(Folder, Clock, smtp.Port);
        await host.CreateDatabaseAsync();
        await host.QueueWelcomeAsync("Amina Yusuf", "amina@example.org", Password);

        await host.Delivery.DeliverDueMessagesAsync(CancellationToken.None);

        var delivered = Assert.Single(await smtp.WaitForMessagesAsync(1));
        var text = delivered.TextBody;
        Assert.NotNull(text);
        var textLines = text.Split('\n').Select(line => line.TrimEnd('\r'));
        Assert.Contains($"Temporary password: {Password}", textLines);
        Assert.Contains(EmailTestHost.SignInUrl, text);
        Assert.Equal("multipart/alternative", delivered.Body?.ContentType.MimeType);
    }

    [Fact]
    public async Task DeliveryRetriesWithBackoffWhenSmtpIsDown()
    {
        await using var host = EmailTestHost.WithSmtp(Folder, Clock, LoopbackSmtpServer.FindFreePort());
        await host.CreateDatabaseAsync();
        var id = await host.QueueWelcomeAsync("Amina Yusuf", "amina@example.org", Password);
        var start = Clock.GetUtcNow().UtcDateTime;

        await host.Delivery.DeliverDueMessagesAsync(CancellationToken.None);

        var afterFirst = await host.LoadMessageAsync(id);
        Assert.Equal(OutboxStatus.Queued, afterFirst.Status);
        Assert.Equal(1, afterFirst.Attempts);
        Assert.Equal(start.AddSeconds(10), afterFirst.NextAttemptAt);
        Assert.False(string.IsNullOrWhiteSpace(afterFirst.LastError));
        Assert.NotNull(afterFirst.ProtectedSecret);

        Clock.Advance(TimeSpan.FromSeconds(9));
        var handledEarly = await host.Delivery.DeliverDueMessagesAsync(CancellationToken.None);

        Assert.Equal(0, handledEarly);

        Clock.Advance(TimeSpan.FromSeconds(1));
        await host.Delivery.DeliverDueMessagesAsync(CancellationToken.None);

        var afterSecond = await host.LoadMessageAsync(id);
        Assert.Equal(2, afterSecond.Attempts);
        Assert.Equal(start.AddSeconds(10 + 20), afterSecond.NextAttemptAt);
        Assert.Contains(
            host.Logs.Entries,
            entry => entry.Level == LogLevel.Warning
                && entry.Message.Contains($"Email {id} ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SmtpAuthenticatesWhenUserNameIsSet()
    {
        await using var smtp = new AuthRecordingSmtpServer();
        await using var host = EmailTestHost.WithSmtp(Folder, Clock, smtp.Port, new Dictionary<string, string?>
        {
            ["Email:Smtp:UserName"] = "office",
            ["Email:Smtp:Password"] = "smtp-secret",
        });
        await host.CreateDatabaseAsync();
        await host.QueueWelcomeAsync("Amina Yusuf", "amina@example.org", Password);

        await host.Delivery.DeliverDueMessagesAsync(CancellationToken.None);

        Assert.Equal(("office", "smtp-secret"), smtp.Credentials());
        Assert.DoesNotContain(host.Logs.Entries, entry => entry.Mentions("smtp-secret"));
    }

    [Fact]
    public async Task SmtpSkipsAuthenticationWithoutUserName()
    {
        await using var smtp = new AuthRecordingSmtpServer();
        await using var host = EmailTestHost.WithSmtp(Folder, Clock, smtp.Port);
        await host.CreateDatabaseAsync();
        await host.QueueWelcomeAsync("Amina Yusuf", "amina@example.org", Password);

        await host.Delivery.DeliverDueMessagesAsync(CancellationToken.None);

        Assert.Null(smtp.Credentials());
        Assert.Contains(smtp.Commands, command => command.StartsWith("MAIL FROM:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeliveryGivesUpAfterMaxAttempts()
    {
        var settings = new Dictionary<string, string?> { ["Email:MaxAttempts"] = "3" };
        await using var host = EmailTestHost.WithSmtp(Folder, Clock, LoopbackSmtpServer.FindFreePort(), settings);
        await host.CreateDatabaseAsync();
        var id = await host.QueueWelcomeAsync("Amina Yusuf", "amina@example.org", Password);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await host.Delivery.DeliverDueMessagesAsync(CancellationToken.None);
            Clock.Advance(OutboxRetryPolicy.MaxDelay);
        }

        var stored = await host.LoadMessageAsync(id);
        Assert.Equal(OutboxStatus.Failed, stored.Status);
        Assert.Equal(3, stored.Attempts);
        Assert.Null(stored.ProtectedSecret);
        Assert.False(string.IsNullOrWhiteSpace(stored.LastError));
        Assert.Equal(0, await host.Delivery.DeliverDueMessagesAsync(CancellationToken.None));
        Assert.Contains(host.Logs.Entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains("Gave up"));
    }

    [Fact]
    public async Task DeliveryResumesAfterRestart()
    {
        var port = LoopbackSmtpServer.FindFreePort();
        long id;
        await using (var before = EmailTestHost.WithSmtp(Folder, Clock, port))
        {
            await before.CreateDatabaseAsync();
            id = await before.QueueWelcomeAsync("Amina Yusuf", "amina@example.org", Password);
            await before.Delivery.DeliverDueMessagesAsync(CancellationToken.None);
        }

        using var smtp = new LoopbackSmtpServer(port);
        await using var after = EmailTestHost.WithSmtp(Folder, Clock, port);
        Clock.Advance(TimeSpan.FromSeconds(10));
        await after.Delivery.DeliverDueMessagesAsync(CancellationToken.None);

        var delivered = Assert.Single(await smtp.WaitForMessagesAsync(1));
        Assert.Contains($"Temporary password: {Password}", delivered.TextBody);
        var stored = await after.LoadMessageAsync(id);
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Equal(2, stored.Attempts);
        Assert.Null(stored.ProtectedSecret);
    }

    [Fact]
    public async Task DeliveryLogsNeitherPasswordNorBody()
    {
        var port = LoopbackSmtpServer.FindFreePort();
        await using var host = EmailTestHost.WithSmtp(Folder, Clock, port);
        await host.CreateDatabaseAsync();
        var id = await host.QueueWelcomeAsync("Amina Yusuf", "amina@example.org", Password);
        await host.Delivery.DeliverDueMessagesAsync(CancellationToken.None);
        using var smtp = new LoopbackSmtpServer(port);
        Clock.Advance(TimeSpan.FromSeconds(10));

        await host.Delivery.DeliverDueMessagesAsync(CancellationToken.None);

        Assert.Single(await smtp.WaitForMessagesAsync(1));
        Assert.Contains(host.Logs.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains(
            host.Logs.Entries,
            entry => entry.Level == LogLevel.Information && entry.Message.Contains($"Sent email {id}"));
        Assert.DoesNotContain(host.Logs.Entries, entry => entry.Mentions(Password));
        Assert.DoesNotContain(host.Logs.Entries, entry => entry.Mentions("Temporary password"));
        Assert.DoesNotContain(host.Logs.Entries, entry => entry.Mentions("Dear Amina"));
    }

    [Fact]
    public async Task DeliveryGivesUpWithoutStoredSecret()
    {
        using var smtp = new LoopbackSmtpServer(LoopbackSmtpServer.FindFreePort());
        await using var host = EmailTestHost.WithSmtp(Folder, Clock, smtp.Port);
        await host.CreateDatabaseAsync();
        var content = TestEmailContent.PasswordLineOnly("amina@example.org");
        var id = await host.SaveMessageAsync(new OutboxMessage(content, null, null, DateTime.UnixEpoch));

        await host.Delivery.DeliverDueMessagesAsync(CancellationToken.None);

        var stored = await host.LoadMessageAsync(id);
        Assert.Equal(OutboxStatus.Failed, stored.Status);
        Assert.Contains("no password is stored", stored.LastError);
        Assert.Equal(0, smtp.ReceivedCount);
    }

    [Fact]
    public async Task DeliveryGivesUpWhenSecretCannotBeDecrypted()
    {
        using var smtp = new LoopbackSmtpServer(LoopbackSmtpServer.FindFreePort());
        long id;
        await using (var before = EmailTestHost.WithSmtp(Folder, Clock, smtp.Port))
        {
            await before.CreateDatabaseAsync();
            id = await before.QueueWelcomeAsync("Amina Yusuf", "amina@example.org", Password);
        }

        Directory.Delete(Folder.KeysPath, recursive: true);
        await using var after = EmailTestHost.WithSmtp(Folder, Clock, smtp.Port);
        await after.Delivery.DeliverDueMessagesAsync(CancellationToken.None);

        var stored = await after.LoadMessageAsync(id);
        Assert.Equal(OutboxStatus.Failed, stored.Status);
        Assert.Null(stored.ProtectedSecret);
        Assert.Contains("could not be decrypted", stored.LastError);
        Assert.Equal(0, smtp.ReceivedCount);
    }
}
