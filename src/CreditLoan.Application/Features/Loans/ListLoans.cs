using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Loans;

/// <summary>One loan in a list: who borrowed, how much is owed, how late.</summary>
public sealed record LoanListItem(Guid Id, Guid EnterpriseId, string EnterpriseName, Guid BankId, string BankName, decimal Principal, decimal AnnualRate,
    DateOnly DisbursedOn, LoanStatus Status, decimal OutstandingPrincipal, int DaysPastDue, DateOnly? OldestUnpaidDue);

/// <summary>Loans as each role sees them (<see cref="Tenancy.ListedFor"/>), the overdue ones first, most days past due first.</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Enterprise, Roles.Agent)]
public sealed record ListLoansQuery(LoanStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<LoanListItem>>, IPagedQuery;

public sealed class ListLoansValidator : AbstractValidator<ListLoansQuery>
{
    public ListLoansValidator() => this.AddPagingRules();
}

public sealed class ListLoansHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListLoansQuery, PagedList<LoanListItem>>
{
    public async ValueTask<PagedList<LoanListItem>> Handle(ListLoansQuery q, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var loans = db.Loans.AsNoTracking().ListedFor(user, db, now);
        loans = q.Status switch
        {
            LoanStatus.Settled => loans.Where(l => l.SettledAt != null),
            LoanStatus.Overdue => loans.Where(Loan.Overdue.At(now)),
            LoanStatus.Active => loans.Where(l => l.SettledAt == null && !(l.OldestUnpaidDue < today)),
            _ => loans,
        };
        var total = await loans.CountAsync(cancellationToken);
        // overdue first, the oldest unpaid due date first; then the rest (active and settled alike), newest disbursal first
        var page = await loans
            .OrderBy(l => l.SettledAt == null && l.OldestUnpaidDue < today ? 0 : 1)
            .ThenBy(l => l.SettledAt == null && l.OldestUnpaidDue < today ? l.OldestUnpaidDue : null)
            .ThenByDescending(l => l.DisbursedOn).ThenBy(l => l.Id)
            .Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
            .Select(l => new
            {
                Loan = l,
                Enterprise = db.Enterprises.Where(e => e.Id == l.EnterpriseId).Select(e => e.Name).FirstOrDefault(),
                Bank = db.Banks.Where(b => b.Id == l.BankId).Select(b => b.Name).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        return new PagedList<LoanListItem>(page.Select(x => new LoanListItem(x.Loan.Id, x.Loan.EnterpriseId, x.Enterprise ?? "", x.Loan.BankId, x.Bank ?? "",
            x.Loan.Principal, x.Loan.AnnualRate, x.Loan.DisbursedOn, x.Loan.StatusOn(today), x.Loan.OutstandingPrincipal, x.Loan.DaysPastDue(today),
            x.Loan.OldestUnpaidDue)).ToList(), q.Page, q.PageSize, total);
    }
}
