using System.Net;
using MarkTrack.Domain.Email;
using MimeKit;

namespace MarkTrack.Tests.Email;

public sealed class PickupDirectoryEmailTransportTests : EmailTestBase
{
    [Fact]
    public async Task PickupTransportWritesParseableEml()
    {
        await using var host = new EmailTestHost(Folder, Clock, new Dictionary<string, string?>
        {
            ["Email:PickupDirectory"] = "outgoing-mail",
        });
        await host.CreateDatabaseAsync();
        var id = await host.QueueWelcomeAsync("Amina Yusuf", "amina@example.org", Password);

        await host.Delivery.DeliverDueMessagesAsync(CancellationToken.None);

        var pickupDirectory = Path.Combine(Folder.Path, "outgoing-mail");
        var file = Assert.Single(Directory.GetFiles(pickupDirectory));
        Assert.EndsWith(".eml", file);
        var message = await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal("amina@example.org", message.To.Mailboxes.Single().Address);
        Assert.Equal("no-reply@marktrack.local", message.From.Mailboxes.Single().Address);
        Assert.Contains($"Temporary password: {Password}", message.TextBody);
        Assert.Contains(Password, message.HtmlBody);
        Assert.Equal(OutboxStatus.Sent, (await host.LoadMessageAsync(id)).Status);
        Assert.Empty(Directory.GetFiles(pickupDirectory, "*.partial"));
    }

    [Fact]
    public async Task PickupTransportKeepsNonAsciiNames()
    {
        const string name = "عائشة الرحمن";
        await using var host = new EmailTestHost(Folder, Clock, new Dictionary<string, string?>());
        await host.CreateDatabaseAsync();
        await host.QueueWelcomeAsync(name, "aisha@example.org", Password);

        await host.Delivery.DeliverDueMessagesAsync(CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(Path.Combine(Folder.Path, "EmailPickup")));
        var message = await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal(name, message.To.Mailboxes.Single().Name);
        Assert.Contains($"Dear {name},", message.TextBody);
        Assert.Contains($"Dear {name},", WebUtility.HtmlDecode(message.HtmlBody));
    }
}
