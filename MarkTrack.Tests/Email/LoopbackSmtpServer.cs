using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;
using netDumbster.smtp;

namespace MarkTrack.Tests.Email;

/// <summary>A netDumbster SMTP server bound to 127.0.0.1 only, stopped on dispose.</summary>
internal sealed class LoopbackSmtpServer : IDisposable
{
    private readonly SimpleSmtpServer _server;

    public LoopbackSmtpServer(int port)
    {
        Port = port;
        _server = Configuration.Configure()
            .WithAddress(IPAddress.Loopback)
            .WithPort(port)
            .Build();
    }

    public int Port { get; }

    public int ReceivedCount => _server.ReceivedEmailCount;

    /// <summary>Returns a loopback port that nothing listens on at the moment of the call.</summary>
    public static int FindFreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Waits up to five seconds for the given number of messages and parses them with MimeKit.</summary>
    public Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(int count) =>
        WaitForMessagesAsync(count, TimeSpan.FromSeconds(5));

    /// <summary>Waits up to <paramref name="timeout"/> for the given number of messages and parses them with MimeKit.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow.Add(timeout);
        while (_server.ReceivedEmailCount < count && DateTime.UtcNow < deadline)
            await Task.Delay(20);

        return _server.ReceivedEmail
            .Select(received => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(received.Data))))
            .ToList();
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the given number of messages to one address.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForMessagesToAsync(string address, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow.Add(timeout);
        while (true)
        {
            var messages = (await WaitForMessagesAsync(0, TimeSpan.Zero))
                .Where(m => m.To.Mailboxes.Any(mailbox => mailbox.Address == address))
                .ToList();
            if (messages.Count >= count || DateTime.UtcNow >= deadline)
                return messages;

            await Task.Delay(50);
        }
    }

    public void Dispose() => _server.Dispose();
}
