namespace MarkTrack.Domain.Email;

/// <summary>The app's public address, from which emails build their links.</summary>
public interface ISignInLinkProvider
{
    /// <summary>The scheme, host and port, such as <c>https://school.example.org</c>, without a trailing slash.</summary>
    string PublicBaseUrl { get; }

    /// <summary>The absolute address of the sign-in page.</summary>
    string SignInUrl { get; }
}
