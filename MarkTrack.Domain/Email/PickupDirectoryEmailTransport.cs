using Microsoft.Extensions.Options;
using MimeKit;

namespace MarkTrack.Domain.Email;

/// <summary>Writes each message as an .eml file to the pickup directory instead of sending it.</summary>
internal sealed class PickupDirectoryEmailTransport(IOptions<EmailOptions> options, TimeProvider clock)
    : IEmailTransport
{
    public const string FileExtension = ".eml";

    private const string PartialFileExtension = ".partial";

    // The maximum line length SMTP allows, so parts with ordinary lines stay readable 8-bit text.
    private const int MaxLineLength = 998;

    private readonly string _directory = options.Value.PickupDirectory;

    public string Description => $"pickup directory {_directory}";

    /// <remarks>
    /// The file is written under a temporary name and then renamed within the same folder, so
    /// a reader watching for .eml files never opens half a message.
    /// </remarks>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_directory);
        var name = $"{clock.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}";
        var finalPath = Path.Combine(_directory, name + FileExtension);
        var partialPath = Path.Combine(_directory, name + PartialFileExtension);

        message.Prepare(EncodingConstraint.EightBit, MaxLineLength);
        try
        {
            await message.WriteToAsync(partialPath, cancellationToken);
            File.Move(partialPath, finalPath);
        }
        finally
        {
            File.Delete(partialPath);
        }
    }
}
