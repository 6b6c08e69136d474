using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Email;
using MarkTrack.Domain.Parents;
using MarkTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MarkTrack.Tests.Accounts;

public sealed class PasswordResetServiceTests : IAsyncLifetime
{
    private const string LinkPrefix = "http://127.0.0.1/Identity/Account/ResetPassword?code=";

    private DomainTestHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await DomainTestHost.StartAsync();
        await _host.RunAsync<ParentService, Result<Parent>>(s =>
            s.CreateAsync(new NewParent("Aisha Rahman", "aisha@example.org", null), _host.School.Id, CancellationToken.None));
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ResetQueuesEncryptedLinkForKnownEmail()
    {
        await RequestAsync(" AISHA@example.org ");

        var message = await _host.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).LastAsync());
        Assert.Equal("aisha@example.org", message.ToAddress);
        Assert.Equal(PasswordResetEmailModel.Subject, message.Subject);
        Assert.Contains(EmailContent.SecretPlaceholder, message.TextBody);
        Assert.DoesNotContain(LinkPrefix, message.TextBody);
        Assert.StartsWith(LinkPrefix, Unprotect(message.ProtectedSecret!));
    }

    [Fact]
    public async Task ResetCodeResetsPassword()
    {
        await RequestAsync("aisha@example.org");
        var message = await _host.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).LastAsync());
        var code = Unprotect(message.ProtectedSecret!)[LinkPrefix.Length..];
        var token = System.Text.Encoding.UTF8.GetString(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(code));

        var (reset, mustChange) = await _host.RunAsync<UserManager<Account>, (IdentityResult, bool)>(async users =>
        {
            var account = (await users.FindByEmailAsync("aisha@example.org"))!;
            var result = await users.ResetPasswordAsync(account, token, "Aisha-Chosen-Password-1");
            return (result, account.MustChangePassword);
        });

        Assert.True(reset.Succeeded);
        Assert.False(mustChange);
    }

    [Fact]
    public async Task ResetForUnknownEmailQueuesNothing()
    {
        var before = await _host.QueryAsync(db => db.OutboxMessages.CountAsync());

        await RequestAsync("nobody@example.org");

        Assert.Equal(before, await _host.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    private Task RequestAsync(string email) =>
        _host.RunAsync<PasswordResetService>(s => s.RequestAsync(email, code => LinkPrefix + code, CancellationToken.None));

    private string Unprotect(string protectedSecret) =>
        _host.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector(EmailOutbox.SecretProtectionPurpose)
            .Unprotect(protectedSecret);
}
