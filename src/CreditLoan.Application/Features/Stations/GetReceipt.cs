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

public sealed record ReceiptResponse(string ReceiptNo, DateTimeOffset Time, DateOnly BusinessDate, string Type, string? AccountNo, decimal Amount,
    decimal? BalanceAfter, string StationName, string VillageCode, string Agent);

[AuthorizeRoles(Roles.Agent, Roles.Bank, Roles.Bureau)]
public sealed record GetReceiptQuery(Guid StationId, Guid TransactionId) : IQuery<ReceiptResponse>;

public sealed class GetReceiptHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetReceiptQuery, ReceiptResponse>
{
    public async ValueTask<ReceiptResponse> Handle(GetReceiptQuery q, CancellationToken ct)
    {
        var station = await db.Stations.AsNoTracking().VisibleTo(user).FindAsync("Station", q.StationId, ct);
        var t = await db.StationTransactions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == q.TransactionId && x.StationId == station.Id, ct)
                ?? throw new NotFoundException("Transaction", q.TransactionId);
        return new ReceiptResponse(t.ReceiptNo, t.PostedAt, t.BusinessDate, t.Type, t.MaskedAccountNo, t.Amount, t.BalanceAfter, station.Name,
            station.VillageCode, t.Agent);
    }
}
