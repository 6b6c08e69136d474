using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Email;
using MarkTrack.Domain.Parents;
using MarkTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MarkTrack.Tests.Parents;

public sealed class ParentServiceCreateTests : IAsyncLifetime
{
    private DomainTestHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await DomainTestHost.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task CreateReturnsGuideMessage()
    {
        var result = await CreateAsync(new NewParent("Aisha Rahman", "aisha@example.org", "+44 20 7946 0011"));

        Assert.True(result.Succeeded);
        Assert.Equal(
            "Parent account created successfully! Login credentials have been emailed to aisha@example.org.",
            result.Message);
    }

    [Fact]
    public async Task CreateSavesVerifiedParentInCurrentSchool()
    {
        var result = await CreateAsync(new NewParent("  Aisha Rahman ", " aisha@example.org ", "+44 20 7946 0011"));

        var parent = await _host.QueryAsync(db => db.Parents
            .Include(p => p.Account)
            .Include(p => p.Memberships)
            .SingleAsync(p => p.Id == result.Value!.Id));
        Assert.Equal("Aisha Rahman", parent.Account.FullName);
        Assert.Equal("aisha@example.org", parent.Account.Email);
        Assert.Equal("+44 20 7946 0011", parent.Account.PhoneNumber);
        Assert.True(parent.Account.EmailConfirmed);
        Assert.True(parent.Account.LoginEnabled);
        Assert.True(parent.Account.MustChangePassword);
        Assert.Null(parent.Account.LastSignInAt);
        Assert.Equal(AccountKind.Parent, parent.Account.Kind);
        Assert.Equal(_host.School.Id, Assert.Single(parent.Memberships).SchoolId);
    }

    [Fact]
    public async Task CreateGivesParentRoleAndPasswordHash()
    {
        var result = await CreateAsync(new NewParent("Aisha Rahman", "aisha@example.org", null));

        var (roles, hasPassword) = await _host.RunAsync<UserManager<Account>, (IList<string>, bool)>(async users =>
        {
            var account = await users.FindByEmailAsync("aisha@example.org");
            return (await users.GetRolesAsync(account!), await users.HasPasswordAsync(account!));
        });
        Assert.True(result.Succeeded);
        Assert.Equal(new[] { Roles.Parent }, roles);
        Assert.True(hasPassword);
    }

    [Fact]
    public async Task CreateQueuesWelcomeEmailWithProtectedPassword()
    {
        var result = await CreateAsync(new NewParent("Aisha Rahman", "aisha@example.org", null));

        var message = await _host.QueryAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Equal("aisha@example.org", message.ToAddress);
        Assert.Equal(OutboxStatus.Queued, message.Status);
        Assert.Equal(result.Value!.AccountId, message.AccountId);
        Assert.NotNull(message.ProtectedSecret);
        Assert.Contains($"Temporary password: {EmailContent.SecretPlaceholder}", message.TextBody);
        Assert.Contains(DomainTestHost.SignInUrl, message.TextBody);
    }

    [Fact]
    public async Task QueuedPasswordSignsParentIn()
    {
        await CreateAsync(new NewParent("Aisha Rahman", "aisha@example.org", null));
        var message = await _host.QueryAsync(db => db.OutboxMessages.SingleAsync());
        var password = _host.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector(EmailOutbox.SecretProtectionPurpose)
            .Unprotect(message.ProtectedSecret!);

        var matches = await _host.RunAsync<UserManager<Account>, bool>(async users =>
            await users.CheckPasswordAsync((await users.FindByEmailAsync("aisha@example.org"))!, password));

        Assert.True(matches);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task CreateRejectsMissingName(string? fullName)
    {
        var result = await CreateAsync(new NewParent(fullName, "aisha@example.org", null));

        Assert.False(result.Succeeded);
        Assert.Equal("FullName", result.Field);
        Assert.Equal("Full Name is required. Type the person's full name.", result.Message);
        await AssertNothingSavedAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \t ")]
    public async Task CreateRejectsMissingEmail(string? email)
    {
        var result = await CreateAsync(new NewParent("Aisha Rahman", email, null));

        Assert.False(result.Succeeded);
        Assert.Equal("Email", result.Field);
        Assert.Equal("Email Address is required. Type the address the login details should go to.", result.Message);
        await AssertNothingSavedAsync();
    }

    [Theory]
    [InlineData("aisha")]
    [InlineData("aisha@")]
    [InlineData("@example.org")]
    [InlineData("aisha@example")]
    [InlineData("aisha rahman@example.org")]
    [InlineData("aisha@@example.org")]
    [InlineData("Aisha <aisha@example.org>")]
    [InlineData("aisha@example.org.")]
    public async Task CreateRejectsMalformedEmail(string email)
    {
        var result = await CreateAsync(new NewParent("Aisha Rahman", email, null));

        Assert.False(result.Succeeded);
        Assert.Equal("Email", result.Field);
        Assert.Equal($"{email} is not a valid email address. Use the form name@example.org.", result.Message);
        await AssertNothingSavedAsync();
    }

    [Theory]
    [InlineData("AISHA@example.org")]
    [InlineData("  aisha@example.org  ")]
    [InlineData(" Aisha@Example.ORG")]
    public async Task CreateRejectsEmailDifferingOnlyByCaseOrSpaces(string email)
    {
        await CreateAsync(new NewParent("Aisha Rahman", "aisha@example.org", null));

        var result = await CreateAsync(new NewParent("Someone Else", email, null));

        Assert.False(result.Succeeded);
        Assert.Equal("Email", result.Field);
        Assert.Equal(
            "aisha@example.org is already linked to an existing account. A new account cannot be created with this email.",
            result.Message);
        Assert.Equal(1, await _host.QueryAsync(db => db.Parents.CountAsync()));
        Assert.Equal(1, await _host.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task CreateRejectsAdminEmail()
    {
        var result = await CreateAsync(new NewParent("Office", DomainTestHost.AdminEmail.ToUpperInvariant(), null));

        Assert.False(result.Succeeded);
        Assert.Equal("Email", result.Field);
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task CreateRejectsNameOver200Characters()
    {
        var result = await CreateAsync(new NewParent(new string('a', 201), "aisha@example.org", null));

        Assert.False(result.Succeeded);
        Assert.Equal("FullName", result.Field);
        Assert.Equal("Full Name is too long (201 characters). Shorten it to 200 characters or fewer.", result.Message);
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task CreateAcceptsNameOfExactly200Characters()
    {
        var result = await CreateAsync(new NewParent(new string('a', 200), "aisha@example.org", null));

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task CreateRejectsLineBreakInName()
    {
        var result = await CreateAsync(new NewParent("Aisha\nRahman", "aisha@example.org", null));

        Assert.False(result.Succeeded);
        Assert.Equal("FullName", result.Field);
        await AssertNothingSavedAsync();
    }

    [Theory]
    [InlineData("o'brien@example.org")]
    [InlineData("jürgen@example.org")]
    [InlineData("a!b@example.org")]
    [InlineData("plus+tag@example.org")]
    public async Task CreateAcceptsUnusualValidEmails(string email)
    {
        var result = await CreateAsync(new NewParent("Conor O'Brien", email, null));

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(email, await _host.QueryAsync(db => db.Users.Where(u => u.Kind == AccountKind.Parent).Select(u => u.Email).SingleAsync()));
    }

    [Theory]
    [InlineData("\u200B\u200B")]
    [InlineData("Line\u2028Break")]
    [InlineData("Aisha\u202EnamhaR")]
    [InlineData("12345")]
    public async Task CreateRejectsNamesThatHideTheirText(string fullName)
    {
        var result = await CreateAsync(new NewParent(fullName, "aisha@example.org", null));

        Assert.False(result.Succeeded);
        Assert.Equal("FullName", result.Field);
        await AssertNothingSavedAsync();
    }

    [Theory]
    [InlineData("عائشة الرحمن")]
    [InlineData("Mehr\u200Cdad Rahimi")]
    [InlineData("Élodie Martin")]
    public async Task CreateAcceptsNamesInOtherScripts(string fullName)
    {
        var result = await CreateAsync(new NewParent(fullName, "aisha@example.org", null));

        Assert.True(result.Succeeded, result.Message);
    }

    [Fact]
    public async Task CreateStoresMarkupInNameAsText()
    {
        const string name = "<script>alert('x')</script> Rahman";

        var result = await CreateAsync(new NewParent(name, "aisha@example.org", null));

        Assert.True(result.Succeeded);
        Assert.Equal(name, await _host.QueryAsync(db => db.Users.Where(u => u.Email == "aisha@example.org").Select(u => u.FullName).SingleAsync()));
    }

    [Theory]
    [InlineData("call me")]
    [InlineData("+44 <b>")]
    [InlineData("12")]
    public async Task CreateRejectsInvalidPhone(string phone)
    {
        var result = await CreateAsync(new NewParent("Aisha Rahman", "aisha@example.org", phone));

        Assert.False(result.Succeeded);
        Assert.Equal("PhoneNumber", result.Field);
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task CreateRejectsUnknownSchool()
    {
        var result = await _host.RunAsync<ParentService, Result<Parent>>(s =>
            s.CreateAsync(new NewParent("Aisha Rahman", "aisha@example.org", null), Guid.NewGuid(), CancellationToken.None));

        Assert.False(result.Succeeded);
        Assert.Equal(ParentMessages.SchoolNotFound, result.Message);
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task ConcurrentCreatesWithSameEmailMakeOneAccount()
    {
        var attempts = Enumerable.Range(0, 4)
            .Select(i => CreateAsync(new NewParent($"Parent {i}", "same@example.org", null)));

        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal("Email", r.Field));
        Assert.Equal(1, await _host.QueryAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == "SAME@EXAMPLE.ORG")));
        Assert.Equal(1, await _host.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    private Task<Result<Parent>> CreateAsync(NewParent input) =>
        _host.RunAsync<ParentService, Result<Parent>>(s => s.CreateAsync(input, _host.School.Id, CancellationToken.None));

    private async Task AssertNothingSavedAsync()
    {
        Assert.Equal(0, await _host.QueryAsync(db => db.Parents.CountAsync()));
        Assert.Equal(0, await _host.QueryAsync(db => db.Users.CountAsync(u => u.Kind == AccountKind.Parent)));
        Assert.Equal(0, await _host.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }
}
