using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

/// <summary>Reverses (冲正) a transaction of the current business date with the mirror posting; once only.</summary>
[AuthorizeRoles(Roles.Agent)]
public sealed record ReverseStationTransactionCommand(Guid TransactionId) : ICommand<StationTransactionResponse>, IIdempotentStationRequest
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid StationId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string IdempotencyKey { get; init; } = "";

    public string Fingerprint() => $"Reverse|{TransactionId}";
}

public sealed class ReverseStationTransactionValidator : AbstractValidator<ReverseStationTransactionCommand>
{
    public ReverseStationTransactionValidator() => StationRequests.KeyRules(this);
}

public sealed class ReverseStationTransactionHandler(IAppDbContext db, ICurrentUser user, IStationLock stationLock, TimeProvider clock)
    : ICommandHandler<ReverseStationTransactionCommand, StationTransactionResponse>
{
    public async ValueTask<StationTransactionResponse> Handle(ReverseStationTransactionCommand c, CancellationToken ct)
    {
        await stationLock.SharedAsync(c.StationId, ct);
        var station = await db.Stations.AsNoTracking().OperatedBy(user).FindAsync("Station", c.StationId, ct);
        if (await StationRequests.ReplayAsync(db, c, ct) is { } first) return first;
        var original = await db.StationTransactions.FirstOrDefaultAsync(t => t.Id == c.TransactionId && t.StationId == station.Id, ct)
                       ?? throw new NotFoundException("Transaction", c.TransactionId);
        var now = clock.GetUtcNow();
        var day = await StationDays.StateAsync(db, station.Id, now, ct);
        original.CheckReversible(day);
        var open = day.ForPosting();

        var posting = await db.Postings.AsNoTracking().FirstAsync(p => p.Id == original.PostingId, ct);
        var accountIds = posting.Entries.Select(e => e.AccountId).Distinct().ToList();
        var accounts = await db.LedgerAccounts.Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var mirror = posting.Reverse(accounts, open, now);
        db.Postings.Add(mirror);
        var cash = accounts.Values.FirstOrDefault(a => a.Kind == LedgerAccountKind.StationCash)
                   ?? await BankBooks.StationCashAsync(db, station, now, ct);
        var customer = original.AccountId is { } id && accounts.TryGetValue(id, out var a) ? a : null;
        var reversal = new StationTransaction(station.Id, "Reversal", original.AccountId, original.MaskedAccountNo, original.ToAccountId, original.Amount,
            original.BillNo, original.Payee, open, now, mirror.Id, customer?.Balance, cash.Balance, user.UserName ?? user.AuditName(),
            original.BillerId);
        original.MarkReversedBy(reversal);
        return await StationRequests.CompleteAsync(db, c, reversal, now, ct);
    }
}
