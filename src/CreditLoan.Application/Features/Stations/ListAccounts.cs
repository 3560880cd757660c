using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

/// <summary>The bank's customer accounts in the sandbox core (only its own), newest first; optionally those whose holder or number contains a text.</summary>
[AuthorizeRoles(Roles.Bank)]
public sealed record ListAccountsQuery(Guid BankId, string? Search = null, int Page = 1, int PageSize = Common.Models.Paging.DefaultPageSize)
    : IQuery<Common.Models.PagedList<AccountResponse>>, Common.Models.IPagedQuery;

public sealed class ListAccountsValidator : AbstractValidator<ListAccountsQuery>
{
    public ListAccountsValidator()
    {
        Common.Models.Paging.AddPagingRules(this);
        RuleFor(q => q.Search).MaximumLength(50).OverridePropertyName("search");
    }
}

public sealed class ListAccountsHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListAccountsQuery, Common.Models.PagedList<AccountResponse>>
{
    public async ValueTask<Common.Models.PagedList<AccountResponse>> Handle(ListAccountsQuery query, CancellationToken cancellationToken)
    {
        await db.Banks.AsNoTracking().VisibleTo(user, bureau: false).FindAsync("Bank", query.BankId, cancellationToken);
        var accounts = db.LedgerAccounts.AsNoTracking().Where(a => a.BankId == query.BankId && a.Kind == LedgerAccountKind.CustomerDeposit);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim();
            accounts = accounts.Where(a => a.Number.Contains(text) || a.HolderName!.Contains(text));
        }
        var total = await accounts.CountAsync(cancellationToken);
        var items = await accounts.OrderByDescending(a => a.OpenedAt).ThenBy(a => a.Number)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(a => new AccountResponse(a.Id, a.Number, a.HolderName!, a.MaskedIdNumber!, a.Balance, a.OpenedAt))
            .ToListAsync(cancellationToken);
        return new Common.Models.PagedList<AccountResponse>(items, query.Page, query.PageSize, total);
    }
}
