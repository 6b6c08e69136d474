using MarkTrack.Domain.Email.Templates;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Email;

/// <summary>Renders credentials emails from a Razor component, with a plain-text part built alongside.</summary>
internal sealed class RazorEmailComposer(IServiceProvider services, ILoggerFactory loggerFactory) : IEmailComposer
{
    public async Task<EmailContent> ComposeCredentialsAsync(
        CredentialsEmailModel model,
        CancellationToken cancellationToken)
    {
        var wording = CredentialsEmailWording.For(model);
        var parameters = new Dictionary<string, object?>
        {
            [nameof(CredentialsEmail.Model)] = model,
        };

        var html = await RenderAsync<CredentialsEmail>(parameters);
        var text = CredentialsEmailText.Build(model, wording);
        return new EmailContent(model.RecipientEmail, model.RecipientName, wording.Subject, html, text);
    }

    public async Task<EmailContent> ComposePasswordResetAsync(
        PasswordResetEmailModel model,
        CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>
        {
            [nameof(PasswordResetEmail.Model)] = model,
        };

        var html = await RenderAsync<PasswordResetEmail>(parameters);
        var text = string.Join(
            Environment.NewLine,
            PasswordResetEmailModel.Subject,
            "",
            $"Dear {model.RecipientName},",
            "",
            PasswordResetEmailModel.Introduction,
            "",
            EmailContent.SecretPlaceholder,
            "",
            PasswordResetEmailModel.IgnoreNotice);
        return new EmailContent(model.RecipientEmail, model.RecipientName, PasswordResetEmailModel.Subject, html, text);
    }

    /// <remarks>
    /// A renderer per email, because an HtmlRenderer keeps every component it has rendered
    /// until it is disposed.
    /// </remarks>
    private async Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
