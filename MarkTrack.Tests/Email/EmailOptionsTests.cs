using MarkTrack.Domain.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MarkTrack.Tests.Email;

public sealed class EmailOptionsTests
{
    private static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "marktrack-content-root");

    [Theory]
    [InlineData("not an address")]
    [InlineData("office")]
    [InlineData("")]
    public void OptionsRejectInvalidFrom(string from)
    {
        using var services = BuildServices(new() { ["Email:From"] = from });

        var error = Assert.Throws<OptionsValidationException>(() => ValidateAtStart(services));

        Assert.Contains($"Email:From '{from}' is not a valid email address", error.Message);
    }

    [Fact]
    public void OptionsRejectPasswordWithoutUserName()
    {
        using var services = BuildServices(new()
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Password"] = "secret",
        });

        var error = Assert.Throws<OptionsValidationException>(() => ValidateAtStart(services));

        Assert.Contains("Email:Smtp:UserName is missing", error.Message);
        Assert.DoesNotContain("secret", error.Message);
    }

    [Fact]
    public void OptionsAcceptDefaults()
    {
        using var services = BuildServices([]);

        ValidateAtStart(services);

        var options = services.GetRequiredService<IOptions<EmailOptions>>().Value;
        Assert.Equal("MarkTrack <no-reply@marktrack.local>", options.From);
        Assert.Equal(8, options.MaxAttempts);
    }

    [Fact]
    public void OptionsResolvePickupDirectoryAgainstContentRoot()
    {
        using var services = BuildServices(new() { ["Email:PickupDirectory"] = "mail/outgoing" });

        var options = services.GetRequiredService<IOptions<EmailOptions>>().Value;

        Assert.Equal(Path.Combine(ContentRoot, "mail", "outgoing"), options.PickupDirectory);
    }

    [Fact]
    public void SmtpHostSelectsSmtpTransport()
    {
        using var withHost = BuildServices(new() { ["Email:Smtp:Host"] = "127.0.0.1" });
        using var withoutHost = BuildServices([]);

        Assert.IsType<SmtpEmailTransport>(withHost.GetRequiredService<IEmailTransport>());
        Assert.IsType<PickupDirectoryEmailTransport>(withoutHost.GetRequiredService<IEmailTransport>());
    }

    private static ServiceProvider BuildServices(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddMarkTrackEmail(configuration, ContentRoot);
        return services.BuildServiceProvider();
    }

    private static void ValidateAtStart(IServiceProvider services) =>
        services.GetRequiredService<IStartupValidator>().Validate();
}
