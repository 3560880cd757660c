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
