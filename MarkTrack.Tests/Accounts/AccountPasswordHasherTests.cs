using MarkTrack.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MarkTrack.Tests.Accounts;

public sealed class AccountPasswordHasherTests
{
    private const string TemporaryPassword = "Kx7pQ-2mWzR-h4TnB-9vYcD";

    private readonly AccountPasswordHasher _hasher = new(Options.Create(new PasswordHasherOptions()));
    private readonly Account _account = new(AccountKind.Parent, Guid.NewGuid(), "Aisha Rahman", "aisha@example.org", DateTime.UtcNow);

    [Fact]
    public void TemporaryHashVerifiesItsPassword()
    {
        var hash = AccountPasswordHasher.HashTemporaryPassword(TemporaryPassword);

        var result = _hasher.VerifyHashedPassword(_account, hash, TemporaryPassword);

        Assert.Equal(PasswordVerificationResult.Success, result);
    }

    [Theory]
    [InlineData("Kx7pQ-2mWzR-h4TnB-9vYcd")]
    [InlineData("Kx7pQ-2mWzR-h4TnB-9vYc")]
    [InlineData("")]
    public void TemporaryHashRejectsOtherPassword(string otherPassword)
    {
        var hash = AccountPasswordHasher.HashTemporaryPassword(TemporaryPassword);

        var result = _hasher.VerifyHashedPassword(_account, hash, otherPassword);

        Assert.Equal(PasswordVerificationResult.Failed, result);
    }

    [Fact]
    public void TemporaryHashesAreSalted()
    {
        var first = AccountPasswordHasher.HashTemporaryPassword(TemporaryPassword);
        var second = AccountPasswordHasher.HashTemporaryPassword(TemporaryPassword);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void TemporaryHashStartsWithMarker()
    {
        var hash = AccountPasswordHasher.HashTemporaryPassword(TemporaryPassword);

        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(AccountPasswordHasher.TemporaryFormatMarker, bytes[0]);
        Assert.Equal(49, bytes.Length);
        Assert.True(AccountPasswordHasher.IsTemporaryHash(hash));
    }

    [Fact]
    public void TamperedTemporaryHashFails()
    {
        var bytes = Convert.FromBase64String(AccountPasswordHasher.HashTemporaryPassword(TemporaryPassword));
        bytes[^1] ^= 0x01;

        var result = _hasher.VerifyHashedPassword(_account, Convert.ToBase64String(bytes), TemporaryPassword);

        Assert.Equal(PasswordVerificationResult.Failed, result);
    }

    [Fact]
    public void ChosenPasswordUsesPbkdf2()
    {
        var hash = _hasher.HashPassword(_account, "Aisha-Own-Password-7");

        Assert.False(AccountPasswordHasher.IsTemporaryHash(hash));
        Assert.Equal(0x01, Convert.FromBase64String(hash)[0]);
        Assert.Equal(PasswordVerificationResult.Success, _hasher.VerifyHashedPassword(_account, hash, "Aisha-Own-Password-7"));
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(_account, hash, "Aisha-Own-Password-8"));
    }

    [Fact]
    public void IdentityHashStillVerifies()
    {
        var hash = new PasswordHasher<Account>().HashPassword(_account, "Office-Password-2026");

        var result = _hasher.VerifyHashedPassword(_account, hash, "Office-Password-2026");

        Assert.Equal(PasswordVerificationResult.Success, result);
    }
}
