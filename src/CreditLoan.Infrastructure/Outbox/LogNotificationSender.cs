using CreditLoan.Application.Common;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CreditLoan.Infrastructure.Outbox;

/// <summary>The embedded default channel: the message goes to the log (a real SMS gateway plugs in here).</summary>
public sealed class LogNotificationSender(ILogger<LogNotificationSender> logger) : INotificationSender
{
    public Task SendAsync(Domain.Common.OutboxMessage message, CancellationToken cancellationToken)
    {
        logger.LogInformation("Notification {Type} to {Recipient}: {Payload}", message.Type, message.Recipient, message.Payload);
        return Task.CompletedTask;
    }
}
