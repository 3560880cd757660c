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

public sealed record SettlementResponse(Guid StationId, DateOnly BusinessDate, decimal ExpectedCash, decimal CountedCash, decimal Difference,
    int Transactions, IReadOnlyDictionary<string, decimal> AmountsByType, DateTimeOffset ClosedAt);

/// <summary>End of day (日终): counted cash closes the business date; a difference (长短款) is posted and reported.</summary>
[AuthorizeRoles(Roles.Agent)]
public sealed record SettleStationDayCommand(DateOnly BusinessDate, decimal CountedCash) : ICommand<SettlementResponse>, ITargetsEntity
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid StationId { get; init; }

    public string AuditEntityId => $"{StationId}/{BusinessDate:yyyy-MM-dd}";
}

public sealed class SettleStationDayValidator : AbstractValidator<SettleStationDayCommand>
{
    public SettleStationDayValidator()
    {
        RuleFor(c => c.BusinessDate).NotEmpty().OverridePropertyName("businessDate");
        RuleFor(c => c.CountedCash).GreaterThanOrEqualTo(0).Must(Money.IsYuan).WithMessage("countedCash must be a yuan amount of 0 or more.")
            .OverridePropertyName("countedCash");
    }
}

public sealed class SettleStationDayHandler(IAppDbContext db, ICurrentUser user, IStationLock stationLock, TimeProvider clock)
    : ICommandHandler<SettleStationDayCommand, SettlementResponse>
{
    public async ValueTask<SettlementResponse> Handle(SettleStationDayCommand c, CancellationToken ct)
    {
        // first statement of the transaction: in-flight postings finish first, new ones wait for the close, and on InnoDB
        // every read below sees what they committed
        await stationLock.ExclusiveAsync(c.StationId, ct);
        var station = await db.Stations.AsNoTracking().OperatedBy(user).FindAsync("Station", c.StationId, ct);
        var now = clock.GetUtcNow();
        (await StationDays.StateAsync(db, station.Id, now, ct)).CheckClose(c.BusinessDate);

        var cash = await BankBooks.StationCashAsync(db, station, now, ct);
        var expected = await StationDays.CashAtEndOfAsync(db, cash.Id, c.BusinessDate, ct);
        var day = await db.StationTransactions.AsNoTracking().Where(t => t.StationId == station.Id && t.BusinessDate == c.BusinessDate)
            .Select(t => new { t.Type, t.Amount }).ToListAsync(ct);
        var settlement = new StationDay(station.Id, c.BusinessDate, expected, c.CountedCash, day.Count, now, user.AuditName());
        if (settlement.Difference != 0)
        {
            var difference = await BankBooks.AccountAsync(db, station.PartnerBankId, LedgerAccountKind.CashDifference, now, ct);
            db.Postings.Add(Posting.Create([settlement.Difference > 0
                ? (cash, difference, settlement.Difference)
                : (difference, cash, -settlement.Difference)], c.BusinessDate, now));
        }
        db.StationDays.Add(settlement);
        return new SettlementResponse(station.Id, c.BusinessDate, expected, c.CountedCash, settlement.Difference, day.Count,
            day.GroupBy(t => t.Type).ToDictionary(g => g.Key, g => g.Sum(t => t.Amount)), now);
    }
}
