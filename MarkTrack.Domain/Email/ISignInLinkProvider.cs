namespace MarkTrack.Domain.Email;

/// <summary>The absolute address of the sign-in page, as emails should name it.</summary>
public interface ISignInLinkProvider
{
    string SignInUrl { get; }
}
