using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

/// <summary>The bank's own books in the sandbox core: one vault and one utility-payee account per bank, made on first use.</summary>
public static class BankBooks
{
    public static async Task<LedgerAccount> AccountAsync(IAppDbContext db, Guid bankId, LedgerAccountKind kind, DateTimeOffset at, CancellationToken ct)
    {
        var number = $"{kind}:{bankId:N}";
        var account = await db.LedgerAccounts.FirstOrDefaultAsync(a => a.Number == number, ct);
        if (account is not null) return account;
        account = new LedgerAccount(kind, bankId, number, null, null, null, null, at);
        db.LedgerAccounts.Add(account);
        return account;
    }

    public static async Task<LedgerAccount> StationCashAsync(IAppDbContext db, Domain.Stations.Station station, DateTimeOffset at, CancellationToken ct)
    {
        var number = $"StationCash:{station.Id:N}";
        var account = await db.LedgerAccounts.FirstOrDefaultAsync(a => a.Number == number, ct);
        if (account is not null) return account;
        account = new LedgerAccount(LedgerAccountKind.StationCash, station.PartnerBankId, number, station.Id, null, null, station.CashFloatLimit, at);
        db.LedgerAccounts.Add(account);
        return account;
    }
}

/// <summary>A customer account at the partner bank (sandbox core), opened by that bank.</summary>
[AuthorizeRoles(Roles.Bank)]
public sealed record OpenAccountCommand(string HolderName, string IdNumber, decimal OpeningBalance) : ICommand<AccountResponse>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid BankId { get; init; }
}

public sealed record AccountResponse(Guid Id, string AccountNo, string HolderName, string IdNumberMasked, decimal Balance, DateTimeOffset OpenedAt) : IEntityResponse;

public sealed class OpenAccountValidator : AbstractValidator<OpenAccountCommand>
{
    public OpenAccountValidator()
    {
        RuleFor(c => c.HolderName).NotEmpty().MaximumLength(50).OverridePropertyName("holderName");
        RuleFor(c => c.IdNumber).Must(Identifiers.IsValidIdNumber).WithMessage("idNumber is not a valid resident identity number (GB 11643).")
            .OverridePropertyName("idNumber");
        RuleFor(c => c.OpeningBalance).GreaterThanOrEqualTo(0).LessThanOrEqualTo(Money.MaxAmount).Must(Money.IsYuan)
            .WithMessage("openingBalance must be a yuan amount of 0 or more with at most 2 decimals.").OverridePropertyName("openingBalance");
    }
}

public sealed class OpenAccountHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<OpenAccountCommand, AccountResponse>
{
    public async ValueTask<AccountResponse> Handle(OpenAccountCommand c, CancellationToken cancellationToken)
    {
        if (user.RequireBankId() != c.BankId) throw new NotFoundException("Bank", c.BankId);
        var now = clock.GetUtcNow();
        var number = "6217" + string.Concat(Enumerable.Range(0, 12).Select(_ => (char)('0' + System.Security.Cryptography.RandomNumberGenerator.GetInt32(10))));
        var account = new LedgerAccount(LedgerAccountKind.CustomerDeposit, c.BankId, number, null, c.HolderName.Trim(),
            Identifiers.Mask(c.IdNumber.ToUpperInvariant()), null, now);
        db.LedgerAccounts.Add(account);
        if (c.OpeningBalance > 0)
        {
            // money paid in at the bank's branch: the vault receives it, the customer is owed it
            var vault = await BankBooks.AccountAsync(db, c.BankId, LedgerAccountKind.BankVault, now, cancellationToken);
            db.Postings.Add(Posting.Create([(vault, account, c.OpeningBalance)], ChinaTime.DateOf(now), now));
        }
        await db.SaveChangesAsync(cancellationToken);
        return new AccountResponse(account.Id, account.Number, account.HolderName!, account.MaskedIdNumber!, account.Balance, account.OpenedAt);
    }
}

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
        if (user.RequireBankId() != query.BankId) throw new NotFoundException("Bank", query.BankId);
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
