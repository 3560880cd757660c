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

public static class StationDays
{
    /// <summary>The station's business day as it stands: its last closed date, its oldest unclosed posting date, today (product.md §10).</summary>
    public static async Task<StationBusinessDay> StateAsync(IAppDbContext db, Guid stationId, DateTimeOffset now, CancellationToken ct)
    {
        var lastClosed = await db.StationDays.AsNoTracking().Where(d => d.StationId == stationId)
            .MaxAsync(d => (DateOnly?)d.BusinessDate, ct);
        var oldestUnclosed = await db.StationTransactions.AsNoTracking()
            .Where(t => t.StationId == stationId && (lastClosed == null || t.BusinessDate > lastClosed))
            .MinAsync(t => (DateOnly?)t.BusinessDate, ct);
        return new StationBusinessDay(lastClosed, oldestUnclosed, ChinaTime.DateOf(now));
    }

    /// <summary>The station's cash as its entries stand at the end of a business date.</summary>
    public static async Task<decimal> CashAtEndOfAsync(IAppDbContext db, Guid cashAccountId, DateOnly date, CancellationToken ct)
    {
        var entries = await db.Postings.AsNoTracking().Where(p => p.BusinessDate <= date).SelectMany(p => p.Entries)
            .Where(e => e.AccountId == cashAccountId).Select(e => new { e.Debit, e.Credit }).ToListAsync(ct);
        return entries.Sum(e => e.Debit - e.Credit);
    }
}
