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

/// <summary>
/// A receipt as a villager reads it (issue 18): beside the original fields, the partner bank's name, the holder (masked), the
/// amount in capitals (<see cref="RmbCapitals"/>), a payment's bill and payee, and for a reversal the receipt it undoes.
/// </summary>
public sealed record ReceiptResponse(string ReceiptNo, DateTimeOffset Time, DateOnly BusinessDate, string Type, string? AccountNo, decimal Amount,
    decimal? BalanceAfter, string StationName, string VillageCode, string Agent, Guid Id, string BankName, string? Holder,
    string AmountInCapitals, string? BillNo, string? Payee, string? ReversalOfReceiptNo, string? ReversedByReceiptNo);

[AuthorizeRoles(Roles.Agent, Roles.Bank, Roles.Bureau)]
public sealed record GetReceiptQuery(Guid StationId, Guid TransactionId) : IQuery<ReceiptResponse>;

public sealed class GetReceiptHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetReceiptQuery, ReceiptResponse>
{
    public async ValueTask<ReceiptResponse> Handle(GetReceiptQuery q, CancellationToken ct)
    {
        var station = await db.Stations.AsNoTracking().VisibleTo(user).FindAsync("Station", q.StationId, ct);
        var t = await db.StationTransactions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == q.TransactionId && x.StationId == station.Id, ct)
                ?? throw new NotFoundException("Transaction", q.TransactionId);
        var bank = await db.Banks.AsNoTracking().Where(b => b.Id == station.PartnerBankId).Select(b => b.Name).FirstOrDefaultAsync(ct) ?? "";
        var holder = t.AccountId is { } accountId
            ? await db.LedgerAccounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.HolderName).FirstOrDefaultAsync(ct)
            : null;
        var related = new[] { t.ReversalOfId, t.ReversedById }.OfType<Guid>().ToList();
        var receipts = related.Count == 0 ? [] : await db.StationTransactions.AsNoTracking().Where(x => related.Contains(x.Id))
            .Select(x => new { x.Id, x.ReceiptNo }).ToListAsync(ct);
        string? ReceiptOf(Guid? id) => receipts.FirstOrDefault(r => r.Id == id)?.ReceiptNo;
        return new ReceiptResponse(t.ReceiptNo, t.PostedAt, t.BusinessDate, t.Type, t.MaskedAccountNo, t.Amount, t.BalanceAfter, station.Name,
            station.VillageCode, t.Agent, t.Id, bank, holder is null ? null : Identifiers.MaskName(holder), RmbCapitals.Of(t.Amount), t.BillNo, t.Payee,
            ReceiptOf(t.ReversalOfId), ReceiptOf(t.ReversedById));
    }
}
