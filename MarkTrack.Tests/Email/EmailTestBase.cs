namespace MarkTrack.Tests.Email;

/// <summary>A fresh temporary folder and a fixed clock for each test that needs a database.</summary>
public abstract class EmailTestBase : IDisposable
{
    protected const string Password = "Kx7pQ-2mWzR-h4TnB-9vYcD";

    internal EmailTestFolder Folder { get; } = new();

    internal ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
