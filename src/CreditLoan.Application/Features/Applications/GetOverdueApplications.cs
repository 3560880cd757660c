using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Applications;

public sealed record OverdueItem(Guid ApplicationId, Guid BankId, string BankName, Guid ProductId, ApplicationStatus Status, string Stage,
    DateTimeOffset DueAt, double HoursOverdue, bool BankNotified);

public sealed record OverdueResponse(IReadOnlyList<OverdueItem> Items);

/// <summary>The bureau's supervision list (督办): applications past their service time limit, most overdue first.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record GetOverdueApplicationsQuery : IQuery<OverdueResponse>;

public sealed class GetOverdueApplicationsHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<GetOverdueApplicationsQuery, OverdueResponse>
{
    public async ValueTask<OverdueResponse> Handle(GetOverdueApplicationsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await (from a in db.Applications.AsNoTracking().Where(LoanApplication.Overdue.At(now))
                          join b in db.Banks.AsNoTracking() on a.BankId equals b.Id
                          select new { Application = a, BankName = b.Name }).ToListAsync(cancellationToken);
        return new OverdueResponse(rows.Select(r =>
            {
                var a = r.Application;
                var accept = a.Status == ApplicationStatus.Submitted;
                var due = a.CurrentDueAt!.Value;
                return new OverdueItem(a.Id, a.BankId, r.BankName, a.ProductId, a.Status, accept ? "accept" : "decide", due,
                    Math.Round((now - due).TotalHours, 1), (accept ? a.AcceptOverdueNotifiedAt : a.DecideOverdueNotifiedAt) is not null);
            })
            .OrderByDescending(i => i.HoursOverdue).ToList());
    }
}
