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

/// <param name="BusinessDate">The open business date (postings land on it), or today when today is closed already.</param>
/// <param name="Open">False once today's business date is closed: nothing posts until China midnight.</param>
public sealed record StationCashResponse(Guid StationId, DateOnly BusinessDate, decimal Cash, decimal FloatLimit, bool Open, DateOnly? LastClosed);

[AuthorizeRoles(Roles.Agent, Roles.Bank, Roles.Bureau)]
public sealed record GetStationCashQuery(Guid StationId) : IQuery<StationCashResponse>;

public sealed class GetStationCashHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetStationCashQuery, StationCashResponse>
{
    public async ValueTask<StationCashResponse> Handle(GetStationCashQuery q, CancellationToken ct)
    {
        var station = await db.Stations.AsNoTracking().VisibleTo(user).FindAsync("Station", q.StationId, ct);
        var number = $"StationCash:{station.Id:N}";
        var cash = await db.LedgerAccounts.AsNoTracking().Where(a => a.Number == number).Select(a => (decimal?)a.Balance).FirstOrDefaultAsync(ct) ?? 0m;
        var day = await StationDays.StateAsync(db, station.Id, clock.GetUtcNow(), ct);
        return new StationCashResponse(station.Id, day.Open ?? day.Today, cash, station.CashFloatLimit, day.Open is not null, day.LastClosed);
    }
}
