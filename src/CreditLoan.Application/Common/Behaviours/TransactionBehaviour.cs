using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CreditLoan.Application.Common.Behaviours;

/// <summary>A response that names the entity a command created or changed, for the audit log.</summary>
public interface IEntityResponse
{
    Guid Id { get; }
}

/// <summary>A command that names the entity it acts on, for the audit log.</summary>
public interface ITargetsEntity
{
    string AuditEntityId { get; }
}

/// <summary>A command that commits in chunks itself (bulk imports); the behaviour only audits it.</summary>
public interface ISelfTransactedCommand;

/// <summary>
/// A command whose handler runs one transaction itself and writes its own success audit row in it (the counter's lean
/// path, ADR 0005, through <see cref="AuditEntries"/>); the behaviour audits a refusal after the handler rolled back.
/// </summary>
public interface ICommitsItself;

/// <summary>
/// A command that may carry an idempotency key which fixes the id of what it creates: losing the race for that id on the
/// primary key means another request with the same key committed first, so the command runs again and answers from it.
/// </summary>
public interface IKeyedCommand
{
    string? IdempotencyKey { get; }
}

public static class AuditEntries
{
    /// <summary>The success row a <see cref="ICommitsItself"/> handler writes for <typeparamref name="TMessage"/>.</summary>
    public static AuditEntry Succeeded<TMessage>(string actor, string? role, DateTimeOffset at, string? entityId) =>
        new(at, actor, role, AuditMarks.ActionName(typeof(TMessage)), entityId, "Succeeded", null);
}

/// <summary>
/// Last in the pipeline, for commands only: one transaction around the handler; then the domain events its entities
/// recorded go to their consumers (<see cref="DomainEventDispatcher"/>), the audit row is added and the command's changes
/// are saved once, in that same transaction; on failure a rollback followed by an audit row saying why. A transaction that a deadlock,
/// a Galera certification conflict or a lost connection rolled back for certain is run again from the start
/// (<see cref="RetryPolicy"/>); an idempotent request is sent again by <see cref="IdempotencyBehaviour{TMessage,TResponse}"/>
/// instead, so no request has two loops of attempts.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(
    IAppDbContext db, IWriteGate gate, ICurrentUser user, TimeProvider clock, CommitCallbacks callbacks, RetryPolicy retry, RequestAttempts attempts,
    DomainEventDispatcher events, ILogger<TransactionBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IBaseCommand
{
    private static readonly string Action = AuditMarks.ActionName(typeof(TMessage));

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is ISelfTransactedCommand) return await HandleSelfTransacted(message, next, cancellationToken);
        if (message is ICommitsItself) return await HandleCommitsItself(message, next, cancellationToken);

        using var _ = await gate.EnterAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var commitSent = false;
            TResponse response;
            await using (var tx = await BeginAsync(attempt, cancellationToken))
            {
                try
                {
                    response = await next(message, cancellationToken);
                    // what the command's entities recorded becomes projection rows and outbox messages, then one save
                    await events.DispatchAsync(cancellationToken);
                    db.AuditLog.Add(Audit(message, response, "Succeeded", null));
                    await db.SaveChangesAsync(cancellationToken);
                    commitSent = true;
                    await tx.CommitAsync(cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    callbacks.Discard();
                    await RollbackAsync(tx);
                    if (message is not IIdempotentStationRequest && (retry.MayRetryTransaction(ex, attempt, commitSent) || LostKeyRace(message, ex, attempt)))
                    {
                        // rolled back for certain (a deadlock or a Galera certification conflict, or a connection lost before the
                        // commit): the command runs again from the start on fresh reads — it left nothing behind
                        logger.LogInformation(ex, "{Action} met a transient database failure; attempt {Attempt} of {Max}", Action, attempt + 1,
                            RetryPolicy.MaxAttempts);
                        db.ChangeTracker.Clear();
                        await Task.Delay(retry.Backoff(ex, attempt), cancellationToken);
                        continue;
                    }
                    await AuditFailure(message, ex);
                    throw;
                }
            }
            callbacks.RunAll();
            return response;
        }
    }

    /// <summary>
    /// A keyed command that lost its id to a concurrent twin — on the primary key, or on the version of the entity both changed (a
    /// repayment's loan): the next attempt finds the twin's answer.
    /// </summary>
    private bool LostKeyRace(TMessage message, Exception ex, int attempt) =>
        message is IKeyedCommand { IdempotencyKey: not null } && attempt < RetryPolicy.MaxAttempts
        && retry.Classify(ex) is DatabaseFailure.UniqueViolation or DatabaseFailure.ConcurrencyConflict;

    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginAsync(int attempt, CancellationToken ct)
    {
        try
        {
            return await db.Database.BeginTransactionAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && retry.MayRetryTransaction(ex, attempt, commitSent: false))
        {
            // no connection yet (the node went away): the next try connects to the node found ready meanwhile
            await Task.Delay(retry.Backoff(ex, attempt), ct);
            return await BeginAsync(attempt + 1, ct);
        }
    }

    private async Task RollbackAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx)
    {
        try
        {
            await tx.RollbackAsync(CancellationToken.None);
        }
        catch (Exception rollbackError)
        {
            // the server may already have rolled back (a deadlock victim, a lost connection): the original error is the one to report
            logger.LogWarning(rollbackError, "Rollback after a failed {Action} failed", Action);
        }
    }

    private async ValueTask<TResponse> HandleSelfTransacted(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            using var _ = await gate.EnterAsync(CancellationToken.None);
            await AuditFailure(message, ex);
            throw;
        }
        using (await gate.EnterAsync(cancellationToken))
        {
            db.AuditLog.Add(Audit(message, response, "Succeeded", null));
            await db.SaveChangesAsync(cancellationToken);
        }
        callbacks.RunAll();
        return response;
    }

    private async ValueTask<TResponse> HandleCommitsItself(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            callbacks.Discard();
            using var _ = await gate.EnterAsync(CancellationToken.None);
            await AuditFailure(message, ex);
            throw;
        }
        callbacks.RunAll();
        return response;
    }

    private async Task AuditFailure(TMessage message, Exception ex)
    {
        if (message is IIdempotentStationRequest && retry.MayResend(ex, attempts.Current))
        {
            db.ChangeTracker.Clear();   // sent again by the idempotency behaviour, which audits the attempt that ends it
            return;
        }
        AuditMarks.MarkAudited(ex);
        try
        {
            db.ChangeTracker.Clear();
            db.AuditLog.Add(Audit(message, default, "Refused", $"{ex.GetType().Name}: {ex.Message}"));
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception auditError)
        {
            logger.LogError(auditError, "Could not write the audit row for failed {Action}", Action);
        }
    }

    private AuditEntry Audit(TMessage message, TResponse? response, string outcome, string? detail)
    {
        var entityId = (response as IEntityResponse)?.Id.ToString()
            ?? (response as ITargetsEntity)?.AuditEntityId
            ?? (message as ITargetsEntity)?.AuditEntityId;
        return new AuditEntry(clock.GetUtcNow(), user.AuditName(), user.Role, Action, entityId, outcome, detail);
    }
}
