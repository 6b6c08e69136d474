using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MarkTrack.Domain.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Registers the email composer, the transport chosen by the <c>Email</c> section (SMTP
    /// when <c>Email:Smtp:Host</c> is set, else the pickup directory), the options validated
    /// at start, and the background delivery service with its wake-up signal. The caller
    /// registers <see cref="ISignInLinkProvider"/>.
    /// </summary>
    /// <param name="contentRootPath">The folder a relative <c>Email:PickupDirectory</c> is resolved against.</param>
    public static IServiceCollection AddMarkTrackEmail(
        this IServiceCollection services,
        IConfiguration configuration,
        string contentRootPath)
    {
        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.SectionName))
            .PostConfigure(options => options.PickupDirectory = ResolvePath(options.PickupDirectory, contentRootPath))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>();

        services.AddDataProtection();
        services.TryAddSingleton(TimeProvider.System);
        // Scoped, because the HtmlRenderer resolves scoped Blazor services from the provider it is given.
        services.AddScoped<IEmailComposer, RazorEmailComposer>();
        services.AddSingleton<IEmailTransport>(CreateTransport);

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IOutboxSignal>(provider => provider.GetRequiredService<OutboxSignal>());
        services.AddSingleton<OutboxDeliveryService>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDeliveryService>());
        return services;
    }

    private static IEmailTransport CreateTransport(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<EmailOptions>>();
        if (!string.IsNullOrWhiteSpace(options.Value.Smtp.Host))
            return new SmtpEmailTransport(options);

        return new PickupDirectoryEmailTransport(options, provider.GetRequiredService<TimeProvider>());
    }

    private static string ResolvePath(string path, string contentRootPath) =>
        string.IsNullOrWhiteSpace(path) ? path : Path.GetFullPath(path, contentRootPath);
}
