using System.Text.RegularExpressions;
using MarkTrack.Domain.Accounts;

namespace MarkTrack.Tests.Accounts;

public sealed class TemporaryPasswordGeneratorTests
{
    private readonly TemporaryPasswordGenerator _generator = new();

    [Fact]
    public void PasswordHasFourGroupsOfFive()
    {
        var password = _generator.Generate();

        Assert.Matches(new Regex("^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$"), password);
    }

    [Fact]
    public void PasswordAvoidsLookAlikeCharacters()
    {
        var passwords = Enumerable.Range(0, 500).Select(_ => _generator.Generate());

        Assert.All(passwords, p => Assert.DoesNotMatch(new Regex("[0O1lI]"), p));
    }

    [Fact]
    public void PasswordMeetsAccountRules()
    {
        var passwords = Enumerable.Range(0, 500).Select(_ => _generator.Generate()).ToList();

        Assert.All(passwords, p => Assert.Contains(p, char.IsUpper));
        Assert.All(passwords, p => Assert.Contains(p, char.IsLower));
        Assert.All(passwords, p => Assert.Contains(p, char.IsDigit));
        Assert.All(passwords, p => Assert.True(p.Length >= AccountRules.PasswordMinLength));
    }

    [Fact]
    public void PasswordsDoNotRepeat()
    {
        var passwords = Enumerable.Range(0, 10_000).Select(_ => _generator.Generate()).ToList();

        Assert.Equal(passwords.Count, passwords.Distinct().Count());
    }
}
