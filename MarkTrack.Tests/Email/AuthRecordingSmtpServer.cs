using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MarkTrack.Tests.Email;

/// <summary>
/// A minimal SMTP server on 127.0.0.1 that offers AUTH PLAIN, records the commands it
/// receives and rejects every message, so tests can see whether a client authenticated.
/// netDumbster accepts any AUTH without recording it.
/// </summary>
internal sealed class AuthRecordingSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public AuthRecordingSmtpServer()
    {
        _listener.Start();
        _serving = ServeAsync(_stop.Token);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public ConcurrentQueue<string> Commands { get; } = new();

    /// <summary>Returns the user name and password of the AUTH PLAIN command, or null when none came.</summary>
    public (string UserName, string Password)? Credentials()
    {
        var auth = Commands.FirstOrDefault(command => command.StartsWith("AUTH PLAIN ", StringComparison.Ordinal));
        if (auth is null)
            return null;

        var fields = Encoding.UTF8.GetString(Convert.FromBase64String(auth["AUTH PLAIN ".Length..])).Split('\0');
        return (fields[1], fields[2]);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (Exception exception) when (exception
            is OperationCanceledException or ObjectDisposedException or SocketException or IOException)
        {
            // The listener or the open connection was closed by the stop above.
        }

        _stop.Dispose();
    }

    private async Task ServeAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(cancellationToken);
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await ConverseAsync(reader, writer, cancellationToken);
        }
    }

    private async Task ConverseAsync(StreamReader reader, StreamWriter writer, CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync("220 localhost test server ready");
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            Commands.Enqueue(line);
            var verb = line.Split(' ')[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-localhost");
                    await writer.WriteLineAsync("250 AUTH PLAIN");
                    break;
                case "AUTH":
                    await writer.WriteLineAsync("235 2.7.0 Authentication successful");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("554 5.7.1 This test server accepts no mail");
                    break;
            }
        }
    }
}
