using CreditLoan.Application.Common;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Statistics;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Loans;

/// <summary>
/// What the passing days do to loans (docs/portfolio.md), run by the loan-servicing job: 1.0.0 loans get their position and
/// statistics once; months that have ended are closed in the portfolio projection; enterprises are told three days before an
/// instalment falls due and when it becomes overdue (SMS-style, through the outbox, once per due date). A loan's status is
/// not stored: it follows on every read from its oldest unpaid due date and China's today.
/// </summary>
public static class LoanServicing
{
    public const int DaysBeforeDue = 3;

    public sealed record Outcome(int Restated, int MonthsClosed, int DueSoonTold, int OverdueTold)
    {
        public bool Any => Restated + MonthsClosed + DueSoonTold + OverdueTold > 0;
    }

    public static async Task<Outcome> RunAsync(IAppDbContext db, IStatsStore stats, IWriteGate gate, DomainEventDispatcher events, TimeProvider clock,
        CancellationToken ct)
    {
        using var _ = await gate.EnterAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);

        var openFrom = await stats.PortfolioOpenFromAsync(ct);
        var stale = await db.Loans.Include(l => l.Repayments).Where(l => l.PositionStale).OrderBy(l => l.Id).Take(500).ToListAsync(ct);
        foreach (var loan in stale) loan.Restate(now, openFrom);
        await events.DispatchAsync(ct);

        var closed = 0;
        if (stale.Count == 0)   // months close once every loan is counted
        {
            var lastClosed = await db.PortfolioMonthEnds.Where(m => m.Dimension == PortfolioDimension.Closed).MaxAsync(m => (DateOnly?)m.MonthEnd, ct);
            var first = lastClosed?.AddDays(1) ?? await db.PortfolioStats.MinAsync(d => (DateOnly?)d.Day, ct);
            var thisMonth = new DateOnly(today.Year, today.Month, 1);
            for (var month = first is { } f ? new DateOnly(f.Year, f.Month, 1) : thisMonth; month < thisMonth; month = month.AddMonths(1))
                if (await stats.ClosePortfolioMonthAsync(month.AddMonths(1).AddDays(-1), ct)) closed++;
        }

        var due = await db.Loans.Where(Loan.DueSoonUntold.At(now)).OrderBy(l => l.OldestUnpaidDue).Take(500).ToListAsync(ct);
        var overdue = await db.Loans.Where(Loan.OverdueUntold.At(now)).OrderBy(l => l.OldestUnpaidDue).Take(500).ToListAsync(ct);
        var ids = due.Concat(overdue).Select(l => l.EnterpriseId).Distinct().ToList();
        var phones = await db.Enterprises.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Phone, ct);
        foreach (var l in due.Where(l => l.MarkDueTold(now)))
            db.Notify("LoanDueSoon", phones.GetValueOrDefault(l.EnterpriseId, ""), new
            {
                loanId = l.Id, applicationId = l.ApplicationId, dueDate = l.DueToldFor,
                text = $"温馨提示：您的贷款有一期将于{l.DueToldFor:yyyy年M月d日}到期，请按时还款。",
            }, now, $"loan-due:{l.Id:N}:{l.DueToldFor:yyyyMMdd}", l.EnterpriseId);
        foreach (var l in overdue.Where(l => l.MarkOverdueTold(now)))
            db.Notify("LoanOverdue", phones.GetValueOrDefault(l.EnterpriseId, ""), new
            {
                loanId = l.Id, applicationId = l.ApplicationId, dueDate = l.OverdueToldFor, daysPastDue = l.DaysPastDue(today),
                text = $"您的贷款{l.OverdueToldFor:yyyy年M月d日}到期的一期尚未还清，已逾期，请尽快还款，以免影响信用。",
            }, now, $"loan-overdue:{l.Id:N}:{l.OverdueToldFor:yyyyMMdd}", l.EnterpriseId);

        var outcome = new Outcome(stale.Count, closed, due.Count(l => l.DueToldFor is not null), overdue.Count);
        if (outcome.Any)
        {
            db.AuditLog.Add(new AuditEntry(now, "system", null, "ServiceLoans", null, "Succeeded",
                $"{stale.Count} loan(s) restated, {closed} month(s) closed, {outcome.DueSoonTold} told of a due date, {outcome.OverdueTold} told overdue"));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        return outcome;
    }
}
