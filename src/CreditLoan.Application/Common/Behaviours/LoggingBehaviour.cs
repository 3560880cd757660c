using System.Diagnostics;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using Mediator;
using Microsoft.Extensions.Logging;

namespace CreditLoan.Application.Common.Behaviours;

/// <summary>
/// First in the pipeline: one structured log line per request with its outcome and duration, and the audit row of
/// a command refused before it reached its transaction (invalid input, wrong role).
/// </summary>
public sealed class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger, ICurrentUser user,
    IAppDbContext db, IWriteGate gate, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            logger.LogInformation("{Request} by {User} ({Role}) succeeded in {ElapsedMs:F1} ms",
                typeof(TMessage).Name, user.UserName ?? "anonymous", user.Role, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            logger.LogWarning("{Request} by {User} ({Role}) failed with {Error}: {Message} after {ElapsedMs:F1} ms",
                typeof(TMessage).Name, user.UserName ?? "anonymous", user.Role, ex.GetType().Name, ex.Message,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (message is IBaseCommand && user.IsAuthenticated && !AuditMarks.IsAudited(ex) && ex is not OperationCanceledException)
                await AuditRefusalAsync(message, ex);
            throw;
        }
    }

    /// <summary>Commands of signed-in callers refused before the transaction (validation, role) are audited too.</summary>
    private async Task AuditRefusalAsync(TMessage message, Exception ex)
    {
        try
        {
            using var _ = await gate.EnterAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), user.AuditName(), user.Role, AuditMarks.ActionName(typeof(TMessage)),
                (message as ITargetsEntity)?.AuditEntityId, "Refused", $"{ex.GetType().Name}: {ex.Message}"));
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception auditError)
        {
            logger.LogError(auditError, "Could not write the audit row for refused {Request}", typeof(TMessage).Name);
        }
    }
}
