using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MarkTrack.Domain.Accounts;

/// <summary>
/// Identity's PBKDF2 password hasher, plus a fast format for machine-generated temporary
/// passwords. Every password a person chooses goes through <see cref="HashPassword"/> and
/// gets PBKDF2. Only <see cref="HashTemporaryPassword"/> writes the fast format: one
/// HMAC-SHA256 keyed with a random 16-byte salt, behind a version byte Identity never uses.
/// </summary>
/// <remarks>
/// Key stretching protects guessable passwords. A temporary password carries about 116
/// random bits, so a stolen fast hash is no easier to reverse than a 116-bit key is to guess,
/// while issuing one costs microseconds instead of the 50-85 ms a PBKDF2 hash takes here.
/// </remarks>
public sealed class AccountPasswordHasher(IOptions<PasswordHasherOptions> options) : IPasswordHasher<Account>
{
    /// <summary>
    /// The first byte of a temporary password hash. Identity's formats start with 0x00 (V2)
    /// or 0x01 (V3), so the two never collide.
    /// </summary>
    public const byte TemporaryFormatMarker = 0xF1;

    private const int SaltLength = 16;
    private const int HashLength = HMACSHA256.HashSizeInBytes;
    private const int TemporaryHashLength = 1 + SaltLength + HashLength;

    private readonly PasswordHasher<Account> _pbkdf2 = new(options);

    public string HashPassword(Account user, string password) => _pbkdf2.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(Account user, string hashedPassword, string providedPassword)
    {
        Span<byte> decoded = stackalloc byte[TemporaryHashLength];
        if (!TryDecodeTemporaryHash(hashedPassword, decoded))
            return _pbkdf2.VerifyHashedPassword(user, hashedPassword, providedPassword);

        var salt = decoded.Slice(1, SaltLength);
        var expected = decoded.Slice(1 + SaltLength, HashLength);
        Span<byte> actual = stackalloc byte[HashLength];
        HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(providedPassword), actual);
        return CryptographicOperations.FixedTimeEquals(actual, expected)
            ? PasswordVerificationResult.Success
            : PasswordVerificationResult.Failed;
    }

    /// <summary>Hashes a machine-generated temporary password in the fast format.</summary>
    public static string HashTemporaryPassword(string password)
    {
        Span<byte> hash = stackalloc byte[TemporaryHashLength];
        hash[0] = TemporaryFormatMarker;
        var salt = hash.Slice(1, SaltLength);
        RandomNumberGenerator.Fill(salt);
        HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(password), hash[(1 + SaltLength)..]);
        return Convert.ToBase64String(hash);
    }

    public static bool IsTemporaryHash(string? hashedPassword)
    {
        Span<byte> decoded = stackalloc byte[TemporaryHashLength];
        return hashedPassword is not null && TryDecodeTemporaryHash(hashedPassword, decoded);
    }

    /// <summary>Decodes a hash in the fast format, and returns false for Identity's formats and anything else.</summary>
    private static bool TryDecodeTemporaryHash(string hashedPassword, Span<byte> decoded) =>
        Convert.TryFromBase64String(hashedPassword, decoded, out var length)
        && length == TemporaryHashLength
        && decoded[0] == TemporaryFormatMarker;
}
