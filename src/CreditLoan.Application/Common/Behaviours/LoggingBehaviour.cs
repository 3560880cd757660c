using System.Diagnostics;
using CreditLoan.Application.Common.Security;
using Mediator;
using Microsoft.Extensions.Logging;

namespace CreditLoan.Application.Common.Behaviours;

/// <summary>First in the pipeline: one structured log line per request with its outcome and duration.</summary>
public sealed class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger, ICurrentUser user)
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
            throw;
        }
    }
}
