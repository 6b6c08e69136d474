using System.Security.Cryptography;

namespace MarkTrack.Domain.Accounts;

/// <summary>
/// Makes temporary passwords of four groups of five characters, such as
/// <c>Kx7pQ-2mWzR-...</c>. The alphabet leaves out look-alikes (0/O, 1/l/I), so a parent
/// can type it from a printout. 20 symbols from 57 give about 116 bits of entropy.
/// </summary>
public sealed class TemporaryPasswordGenerator
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Alphabet = Upper + Lower + Digits;
    private const int GroupCount = 4;
    private const int GroupLength = 5;

    public string Generate()
    {
        while (true)
        {
            var symbols = RandomNumberGenerator.GetString(Alphabet, GroupCount * GroupLength);
            if (symbols.Any(char.IsUpper) && symbols.Any(char.IsLower) && symbols.Any(char.IsDigit))
            {
                return string.Join('-', symbols.Chunk(GroupLength).Select(group => new string(group)));
            }
        }
    }
}
