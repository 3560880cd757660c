using CreditLoan.Domain.Common;
using CreditLoan.Domain.Stations;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CreditLoan.Application.Common.Behaviours;

/// <summary>Which attempt of an idempotent request is running (set by <see cref="IdempotencyBehaviour{TMessage,TResponse}"/>).</summary>
public sealed class RequestAttempts
{
    public int Current { get; set; } = 1;
}

/// <summary>
/// A request with an Idempotency-Key is answered once (product.md §7), whatever the network and the database do. A
/// retry that raced the first request with the same key loses on the key's unique index (or on an account's version)
/// and, sent again, finds the first answer; a request that met a deadlock or a lost node is sent again — one attempt
/// budget for all of it (<see cref="RetryPolicy"/>). A business refusal is kept under the key in a transaction of its
/// own after the refused one rolled back, so a retry gets the same refusal. Before the transaction behaviour.
/// </summary>
public sealed class IdempotencyBehaviour<TMessage, TResponse>(IAppDbContext db, IWriteGate gate, RetryPolicy retry, RequestAttempts attempts,
    TimeProvider clock, ILogger<IdempotencyBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IBaseCommand, IIdempotentStationRequest
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        for (attempts.Current = 1; ; attempts.Current++)
        {
            try
            {
                return await next(message, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && retry.MayResend(ex, attempts.Current))
            {
                logger.LogInformation(ex, "{Request} with Idempotency-Key {Key} met a database failure; sending it again (attempt {Attempt} of {Max})",
                    typeof(TMessage).Name, message.IdempotencyKey, attempts.Current + 1, RetryPolicy.MaxAttempts);
                db.ChangeTracker.Clear();
                await Task.Delay(retry.Backoff(ex, attempts.Current), cancellationToken);
            }
            catch (DomainException refusal) when (IdempotencyRecord.Keeps(refusal, message.IdempotencyKey))
            {
                await KeepAsync(message, refusal);
                throw;
            }
        }
    }

    private async Task KeepAsync(TMessage message, DomainException refusal)
    {
        using var _ = await gate.EnterAsync(CancellationToken.None);
        db.ChangeTracker.Clear();
        if (await db.IdempotencyRecords.AnyAsync(r => r.StationId == message.StationId && r.Key == message.IdempotencyKey)) return;
        db.IdempotencyRecords.Add(IdempotencyRecord.Refused(message.StationId, message.IdempotencyKey, message.Fingerprint(), refusal, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex) when (retry.Classify(ex) != DatabaseFailure.None)
        {
            // a concurrent retry kept its answer first: that one stands
            logger.LogInformation(ex, "The refusal of Idempotency-Key {Key} was kept by a concurrent request", message.IdempotencyKey);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
