using MarkTrack.Domain;
using MarkTrack.Domain.Email;
using MarkTrack.Web.Components;
using MarkTrack.Web.Hosting;
using MarkTrack.Web.Identity;

var builder = WebApplication.CreateBuilder(args);

var connectionString = SqliteConnectionStrings.Resolve(
    builder.Configuration.GetConnectionString(SqliteConnectionStrings.Key),
    builder.Environment.ContentRootPath);
builder.Services.AddMarkTrackDomain(connectionString);
builder.Services.AddMarkTrackDataProtection(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddMarkTrackEmail(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddMarkTrackSetup(builder.Configuration);
builder.Services.AddMarkTrackIdentity(builder.Configuration);
builder.Services.AddMarkTrackWeb();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseMiddleware<StatusPagesForReadsOnlyMiddleware>();
app.UseAuthentication();
app.UseMiddleware<IdentityPageGuardMiddleware>();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorPages();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

await app.Services.SetUpInstallationAsync(app.Lifetime.ApplicationStopping);
app.Lifetime.ApplicationStarted.Register(() => app.Services.LogSignInAddress());
await app.RunAsync();
