using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Email;
using MarkTrack.Domain.Grading;
using MarkTrack.Domain.Schools;
using MarkTrack.Domain.Setup;
using MarkTrack.Web.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor;
using MudBlazor.Services;

namespace MarkTrack.Web.Hosting;

public static class WebServiceCollectionExtensions
{
    public const string KeysDirectoryKey = "DataProtection:KeysDirectory";
    public const string DefaultKeysDirectory = "App_Data/keys";

    /// <summary>
    /// Keeps the Data Protection keys in a folder that survives restarts. They encrypt the
    /// sign-in cookies and the passwords waiting in the email outbox.
    /// </summary>
    public static IServiceCollection AddMarkTrackDataProtection(
        this IServiceCollection services,
        IConfiguration configuration,
        string contentRootPath)
    {
        var keysDirectory = Path.GetFullPath(configuration[KeysDirectoryKey] ?? DefaultKeysDirectory, contentRootPath);
        services.AddDataProtection()
            .SetApplicationName("MarkTrack")
            .PersistKeysToFileSystem(new DirectoryInfo(keysDirectory));
        return services;
    }

    public static IServiceCollection AddMarkTrackSetup(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BootstrapOptions>(configuration.GetSection(BootstrapOptions.SectionName));
        services.Configure<DemoDataOptions>(configuration.GetSection(DemoDataOptions.SectionName));
        services.AddOptions<SchoolOptions>()
            .Bind(configuration.GetSection(SchoolOptions.SectionName))
            .Validate(o => SchoolCalendar.FindTimeZone(o.DefaultTimeZone) is not null,
                "Schools:DefaultTimeZone is not a known IANA time zone id. Use one such as UTC, Europe/London or Asia/Karachi.")
            .ValidateOnStart();
        services.AddOptions<GradingOptions>()
            .Bind(configuration.GetSection(GradingOptions.SectionName))
            .Validate(o => o.LetterScale is not { Count: > 0 } scale || LetterScale.Validate(scale) is null,
                "Grading:LetterScale is invalid: every grade needs a Letter, Points from 0 to 4, a distinct MinPercent "
                + "from 0 to 100, and the lowest grade MinPercent 0.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>
    /// Registers Identity with its UI pages, MarkTrack's account rules and sign-in checks, and
    /// the <c>Auth</c> settings validated at start.
    /// </summary>
    /// <remarks>
    /// The sign-in cookie is checked against the database on every request, and each circuit
    /// event is checked too, so deactivation and a new temporary password end open sessions
    /// at once. The price is one indexed lookup per request.
    /// </remarks>
    public static IServiceCollection AddMarkTrackIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>()
            .Bind(configuration.GetSection(AuthOptions.SectionName))
            .ValidateOnStart();
        services.AddDefaultIdentity<Account>(AccountRules.Configure)
            .AddMarkTrackAccounts()
            .AddSignInManager<AccountSignInManager>()
            .AddClaimsPrincipalFactory<AccountClaimsPrincipalFactory>();
        services.AddSingleton<SignInGate>();
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, AccountSessionCircuitHandler>());
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = IdentityPages.Login;
            options.LogoutPath = IdentityPages.Logout;
            options.AccessDeniedPath = IdentityPages.AccessDenied;
            options.Cookie.Name = "MarkTrack.Auth";
        });
        return services;
    }

    /// <summary>Registers the Blazor components, MudBlazor and the services the pages use.</summary>
    public static IServiceCollection AddMarkTrackWeb(this IServiceCollection services)
    {
        services.AddRazorPages();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, AccountRevalidatingAuthenticationStateProvider>();
        services.AddMudServices(options => options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight);
        services.AddSingleton<ISignInLinkProvider, SignInLinkProvider>();
        services.AddSingleton<DomainScope>();
        services.AddScoped<CurrentSchool>();
        services.AddScoped<AdminActor>();
        return services;
    }
}
