using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

/// <summary>Who holds an account, as the counter confirms it before money moves: the number and the holder masked, the bank by name.</summary>
public sealed record AccountHolderResponse(string MaskedNumber, string MaskedHolder, string BankName);

/// <summary>
/// The holder of a customer account at the station's partner bank (助农取款: the agent confirms the holder before posting). Only
/// the station's own agents ask (<see cref="Tenancy.OperatedBy"/>); another bank's account, an account that is not a customer's
/// and an unknown number are all 404, so the answer never tells which numbers exist elsewhere.
/// </summary>
[AuthorizeRoles(Roles.Agent)]
public sealed record LookupAccountQuery(Guid StationId, string Number) : IQuery<AccountHolderResponse>;

public sealed class LookupAccountValidator : AbstractValidator<LookupAccountQuery>
{
    public LookupAccountValidator() => RuleFor(q => q.Number).NotEmpty().MaximumLength(40).OverridePropertyName("number");
}

public sealed class LookupAccountHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<LookupAccountQuery, AccountHolderResponse>
{
    public async ValueTask<AccountHolderResponse> Handle(LookupAccountQuery q, CancellationToken ct)
    {
        var station = await db.Stations.AsNoTracking().OperatedBy(user).FindAsync("Station", q.StationId, ct);
        var number = q.Number.Trim();
        var account = await db.LedgerAccounts.AsNoTracking()
                          .Where(a => a.Number == number && a.BankId == station.PartnerBankId && a.Kind == LedgerAccountKind.CustomerDeposit)
                          .Select(a => new { a.Number, a.HolderName })
                          .FirstOrDefaultAsync(ct)
                      ?? throw new NotFoundException("Account", number);
        var bank = await db.Banks.AsNoTracking().Where(b => b.Id == station.PartnerBankId).Select(b => b.Name).FirstAsync(ct);
        return new AccountHolderResponse(Identifiers.Mask(account.Number), Identifiers.MaskName(account.HolderName ?? ""), bank);
    }
}
