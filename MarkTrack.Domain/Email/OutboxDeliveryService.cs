using MarkTrack.Domain.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MarkTrack.Domain.Email;

/// <summary>
/// Delivers queued outbox messages in the background, oldest first, and retries failures
/// with a growing delay. All state lives in the database, so messages queued before a
/// restart are delivered after it. Delivery is at least once: when saving the Sent status
/// fails after the transport accepted the message, the message is sent again later.
/// </summary>
internal sealed class OutboxDeliveryService(
    IServiceScopeFactory scopeFactory,
    IEmailTransport transport,
    OutboxSignal signal,
    IDataProtectionProvider dataProtection,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<OutboxDeliveryService> logger) : BackgroundService
{
    public const int BatchSize = 20;

    private readonly OutboxSecretReader _secrets = new(dataProtection);

    private readonly MailboxAddress _from = ParseSender(options.Value.From);

    private readonly int _maxAttempts = options.Value.MaxAttempts;

    /// <summary>
    /// The time the loop sleeps when nothing signals it, so retries that fall due between
    /// signals are sent.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Delivers one batch of due messages and returns how many it handled.</summary>
    public async Task<int> DeliverDueMessagesAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarkTrackDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var dueMessages = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Queued && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        foreach (var message in dueMessages)
        {
            await DeliverAsync(message, cancellationToken);

            // Record the outcome even when the host is stopping, because the message may be out already.
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return dueMessages.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Email delivery started. Messages go to the {EmailTransport}", transport.Description);
        var failedRounds = 0;
        try
        {
            while (true)
            {
                failedRounds = await RunRoundAsync(failedRounds, stoppingToken);
                await signal.WaitAsync(PollInterval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Email delivery stopped");
        }
    }

    /// <summary>Delivers everything due and returns the count of consecutive failed rounds.</summary>
    /// <remarks>
    /// Only the first failure of a run of failures is logged as an Error, so a database that
    /// stays unavailable does not fill the log every few seconds.
    /// </remarks>
    private async Task<int> RunRoundAsync(int failedRounds, CancellationToken stoppingToken)
    {
        try
        {
            while (await DeliverDueMessagesAsync(stoppingToken) == BatchSize)
            {
            }
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            if (failedRounds == 0)
                logger.LogError(
                    exception,
                    "Email delivery failed unexpectedly and will try again at the next signal or poll");
            else
                logger.LogDebug(
                    exception,
                    "Email delivery failed again ({FailedRounds} rounds in a row)",
                    failedRounds + 1);

            return failedRounds + 1;
        }

        if (failedRounds > 0)
            logger.LogInformation("Email delivery recovered after {FailedRounds} failed rounds", failedRounds);

        return 0;
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (!_secrets.TryRead(message, out var secret, out var secretError))
        {
            GiveUp(message, secretError);
            return;
        }

        var mime = OutboxMimeMessageBuilder.Build(message, secret, _from, clock.GetUtcNow());
        try
        {
            await transport.SendAsync(mime, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            // Transports fail in many ways (sockets, TLS, SMTP replies, disk), and each counts as one failed attempt.
            RecordFailure(message, exception);
            return;
        }

        message.MarkSent(clock.GetUtcNow().UtcDateTime);
        logger.LogInformation("Sent email {OutboxMessageId} for account {AccountId}", message.Id, message.AccountId);
    }

    private void RecordFailure(OutboxMessage message, Exception exception)
    {
        var failedAttempts = message.Attempts + 1;
        var nextAttemptAt = OutboxRetryPolicy.NextAttemptAt(
            failedAttempts,
            _maxAttempts,
            clock.GetUtcNow().UtcDateTime);
        message.MarkAttemptFailed($"{exception.GetType().Name}: {exception.Message}", nextAttemptAt);

        if (nextAttemptAt is null)
        {
            logger.LogError(
                exception,
                "Gave up on email {OutboxMessageId} for account {AccountId} after {Attempts} attempts",
                message.Id,
                message.AccountId,
                failedAttempts);
            return;
        }

        logger.LogWarning(
            exception,
            "Email {OutboxMessageId} for account {AccountId} failed on attempt {Attempt}. "
            + "The next attempt is at {NextAttemptAt:O}",
            message.Id,
            message.AccountId,
            failedAttempts,
            nextAttemptAt);
    }

    private void GiveUp(OutboxMessage message, string error)
    {
        message.MarkAttemptFailed(error, nextAttemptAt: null);
        logger.LogError(
            "Gave up on email {OutboxMessageId} for account {AccountId}: {Error}",
            message.Id,
            message.AccountId,
            error);
    }

    private static MailboxAddress ParseSender(string from) =>
        EmailOptionsValidator.TryParseSender(from, out var address)
            ? address
            : throw new InvalidOperationException(
                $"Email:From '{from}' is not a valid email address. Fix it in the configuration.");
}
