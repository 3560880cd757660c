using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

public sealed record CommissionLine(string Type, int Count, decimal Amount, decimal Commission);

/// <param name="StationName">The station's name and its partner bank's (issue 18: the printed statement's title).</param>
public sealed record CommissionStatement(Guid StationId, string Month, IReadOnlyList<CommissionLine> Items, decimal Total, string StationName, string BankName);

/// <summary>A station's monthly statement: each service type's count and amount times the bank's fee; reversed ones do not count.</summary>
[AuthorizeRoles(Roles.Agent, Roles.Bank, Roles.Bureau)]
public sealed record GetCommissionsQuery(Guid StationId, string? Month) : IQuery<CommissionStatement>;

public sealed class GetCommissionsValidator : AbstractValidator<GetCommissionsQuery>
{
    public GetCommissionsValidator() => RuleFor(q => q.Month).Matches(@"^[0-9]{4}-(0[1-9]|1[0-2])\z").WithMessage("month must be yyyy-MM.")
        .OverridePropertyName("month").When(q => q.Month is not null);
}

public sealed class GetCommissionsHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetCommissionsQuery, CommissionStatement>
{
    public async ValueTask<CommissionStatement> Handle(GetCommissionsQuery q, CancellationToken ct)
    {
        var station = await db.Stations.AsNoTracking().VisibleTo(user).FindAsync("Station", q.StationId, ct);
        var month = q.Month ?? ChinaTime.Today(clock).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var first = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var next = first.AddMonths(1);
        var services = Enum.GetNames<TransactionType>();
        var rows = await db.StationTransactions.AsNoTracking()
            .Where(t => t.StationId == station.Id && t.BusinessDate >= first && t.BusinessDate < next && t.ReversedById == null && services.Contains(t.Type))
            .Select(t => new { t.Type, t.Amount }).ToListAsync(ct);
        var bank = await db.Banks.AsNoTracking().Include(b => b.Commissions).FirstAsync(b => b.Id == station.PartnerBankId, ct);
        var fees = bank.Commissions.ToDictionary(c => c.Type.ToString(), c => c.Fee);
        var items = rows.GroupBy(r => r.Type).OrderBy(g => g.Key)
            .Select(g => new CommissionLine(g.Key, g.Count(), g.Sum(r => r.Amount), g.Count() * fees.GetValueOrDefault(g.Key))).ToList();
        return new CommissionStatement(station.Id, month, items, items.Sum(i => i.Commission), station.Name, bank.Name);
    }
}
