using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

/// <summary>Cash handed over by (领现) or back to (缴现) the partner bank: a posting between its vault and the station's cash.</summary>
[AuthorizeRoles(Roles.Agent)]
public sealed record MoveStationCashCommand(decimal Amount) : ICommand<StationTransactionResponse>, IIdempotentStationRequest
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid StationId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string IdempotencyKey { get; init; } = "";

    [System.Text.Json.Serialization.JsonIgnore]
    public CashMovement Movement { get; init; }

    public string Fingerprint() => $"{Movement}|{Amount:0.00}";
}

public sealed class MoveStationCashValidator : AbstractValidator<MoveStationCashCommand>
{
    public MoveStationCashValidator()
    {
        StationRequests.KeyRules(this);
        RuleFor(c => c.Amount).PositiveYuan("amount");
    }
}

public sealed class MoveStationCashHandler(IAppDbContext db, ICurrentUser user, IStationLock stationLock, TimeProvider clock)
    : ICommandHandler<MoveStationCashCommand, StationTransactionResponse>
{
    public async ValueTask<StationTransactionResponse> Handle(MoveStationCashCommand c, CancellationToken ct)
    {
        await stationLock.SharedAsync(c.StationId, ct);
        var station = await db.Stations.AsNoTracking().OperatedBy(user).FindAsync("Station", c.StationId, ct);
        if (await StationRequests.ReplayAsync(db, c, ct) is { } first) return first;
        var now = clock.GetUtcNow();
        var cash = await BankBooks.StationCashAsync(db, station, now, ct);
        var vault = await BankBooks.AccountAsync(db, station.PartnerBankId, LedgerAccountKind.BankVault, now, ct);
        var posting = Posting.Create([c.Movement == CashMovement.Replenish ? (cash, vault, c.Amount) : (vault, cash, c.Amount)],
            (await StationDays.StateAsync(db, station.Id, now, ct)).ForPosting(), now);
        db.Postings.Add(posting);
        var tx = new StationTransaction(station.Id, c.Movement.ToString(), null, null, null, c.Amount, null, null, posting.BusinessDate, now, posting.Id,
            null, cash.Balance, user.UserName ?? user.AuditName());
        return await StationRequests.CompleteAsync(db, c, tx, now, ct);
    }
}
