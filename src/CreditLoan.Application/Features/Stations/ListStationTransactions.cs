using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

/// <summary>
/// A station's transactions, oldest first. <paramref name="Date"/> picks a business date; <paramref name="From"/> and
/// <paramref name="To"/> (issue 18, the agent's search) the China calendar days of the posting instants, both included
/// (a posting at 17:00 UTC is on the next China day); with none of the three, the open business date. Either way they can
/// be narrowed to one customer account (<paramref name="AccountNo"/>: either side of a transfer) and one type.
/// </summary>
[AuthorizeRoles(Roles.Agent, Roles.Bank, Roles.Bureau)]
public sealed record ListStationTransactionsQuery(Guid StationId, DateOnly? Date, int Page = 1, int PageSize = Paging.DefaultPageSize,
    DateOnly? From = null, DateOnly? To = null, string? AccountNo = null, string? Type = null)
    : IQuery<PagedList<StationTransactionResponse>>, IPagedQuery
{
    /// <summary>The types a station transaction has: the services, the cash movements and reversals.</summary>
    public static readonly IReadOnlyList<string> Types = [.. Enum.GetNames<TransactionType>(), .. Enum.GetNames<CashMovement>(), "Reversal"];
}

public sealed class ListStationTransactionsValidator : AbstractValidator<ListStationTransactionsQuery>
{
    public ListStationTransactionsValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithMessage("to must not be before from.").OverridePropertyName("to")
            .When(q => q.From is not null && q.To is not null);
        RuleFor(q => q.Date).Null().WithMessage("date picks a business date; use it without from and to.").OverridePropertyName("date")
            .When(q => q.From is not null || q.To is not null);
        RuleFor(q => q.AccountNo).MaximumLength(40).OverridePropertyName("accountNo");
        RuleFor(q => q.Type).Must(t => ListStationTransactionsQuery.Types.Contains(t!)).When(q => q.Type is not null)
            .WithMessage($"type must be one of {string.Join(", ", ListStationTransactionsQuery.Types)}.").OverridePropertyName("type");
    }
}

public sealed class ListStationTransactionsHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListStationTransactionsQuery, PagedList<StationTransactionResponse>>
{
    public async ValueTask<PagedList<StationTransactionResponse>> Handle(ListStationTransactionsQuery q, CancellationToken ct)
    {
        var station = await db.Stations.AsNoTracking().VisibleTo(user).FindAsync("Station", q.StationId, ct);
        var txs = db.StationTransactions.AsNoTracking().Where(t => t.StationId == station.Id);
        if (q.From is not null || q.To is not null)
        {
            // China days as the UTC instants that bound them (architecture.md "Time")
            if (q.From is { } from)
            {
                var start = ChinaTime.StartOf(from);
                txs = txs.Where(t => t.PostedAt >= start);
            }
            if (q.To is { } to)
            {
                var end = ChinaTime.StartOf(to.AddDays(1));
                txs = txs.Where(t => t.PostedAt < end);
            }
        }
        else
        {
            var state = await StationDays.StateAsync(db, station.Id, clock.GetUtcNow(), ct);
            var day = q.Date ?? state.Open ?? state.Today;
            txs = txs.Where(t => t.BusinessDate == day);
        }
        if (q.Type is { } type) txs = txs.Where(t => t.Type == type);
        if (!string.IsNullOrWhiteSpace(q.AccountNo))
        {
            var number = q.AccountNo.Trim();
            var account = await db.LedgerAccounts.AsNoTracking()
                .Where(a => a.Number == number && a.Kind == LedgerAccountKind.CustomerDeposit && a.BankId == station.PartnerBankId)
                .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
            // a number the partner bank does not have finds nothing, as another bank's does
            txs = account is { } id ? txs.Where(t => t.AccountId == id || t.ToAccountId == id) : txs.Where(_ => false);
        }
        var total = await txs.CountAsync(ct);
        var page = await txs.OrderBy(t => t.PostedAt).ThenBy(t => t.Id).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToListAsync(ct);
        return new PagedList<StationTransactionResponse>(page.Select(StationTransactionResponse.From).ToList(), q.Page, q.PageSize, total);
    }
}
