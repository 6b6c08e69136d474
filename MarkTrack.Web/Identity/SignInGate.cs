namespace MarkTrack.Web.Identity;

/// <summary>
/// Lets one password check at a time run per email address. Identity counts failed attempts
/// with a read and a write, so parallel guesses could otherwise all be checked before the
/// lockout lands. MarkTrack runs as one process, so in-memory locks are enough.
/// </summary>
/// <remarks>
/// A fixed set of locks, chosen by a hash of the email, keeps memory bounded whatever emails
/// are typed. Two emails that share a lock only wait for each other briefly.
/// </remarks>
public sealed class SignInGate
{
    private const int LockCount = 256;

    private readonly SemaphoreSlim[] _locks = Enumerable.Range(0, LockCount).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> EnterAsync(string email, CancellationToken cancellationToken)
    {
        var key = email.Trim().ToUpperInvariant();
        var gate = _locks[(key.GetHashCode() & int.MaxValue) % LockCount];
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
