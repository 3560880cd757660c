using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Calendar;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Applications;

/// <param name="HoursOverdue">Hours since the deadline, on the clock (one decimal).</param>
/// <param name="WorkingDaysOverdue">
/// Working days past the deadline, on the working-day calendar the deadline was counted on: the deadline is the end of a
/// working day, so the first working day after it is 1, and a weekend or holiday in between adds nothing.
/// </param>
/// <param name="Supervisions">The bureau's 督办 notes on the application so far; <paramref name="LastSupervisedAt"/> the latest.</param>
public sealed record OverdueItem(Guid ApplicationId, Guid BankId, string BankName, Guid ProductId, ApplicationStatus Status, string Stage,
    DateTimeOffset DueAt, double HoursOverdue, bool BankNotified)
{
    public string Number { get; init; } = "";
    public Guid EnterpriseId { get; init; }
    public string EnterpriseName { get; init; } = "";
    public string ProductName { get; init; } = "";
    public DateTimeOffset SubmittedAt { get; init; }
    public int WorkingDaysOverdue { get; init; }
    public int Supervisions { get; init; }
    public DateTimeOffset? LastSupervisedAt { get; init; }
}

public sealed record OverdueResponse(IReadOnlyList<OverdueItem> Items);

/// <summary>
/// The bureau's supervision list (督办): applications past their service time limit, most overdue first, with who applied,
/// to which bank and product, how long past the limit (hours and working days) and the bureau's notes so far.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record GetOverdueApplicationsQuery : IQuery<OverdueResponse>;

public sealed class GetOverdueApplicationsHandler(IAppDbContext db, TimeProvider clock, CalendarProvider calendars)
    : IQueryHandler<GetOverdueApplicationsQuery, OverdueResponse>
{
    public async ValueTask<OverdueResponse> Handle(GetOverdueApplicationsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await (from a in db.Applications.AsNoTracking().Where(LoanApplication.Overdue.At(now))
                          join b in db.Banks.AsNoTracking() on a.BankId equals b.Id
                          join e in db.Enterprises.AsNoTracking() on a.EnterpriseId equals e.Id
                          join p in db.Products.AsNoTracking() on a.ProductId equals p.Id
                          select new { Application = a, BankName = b.Name, EnterpriseName = e.Name, ProductName = p.Name }).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Application.Id).ToList();
        var notes = (await db.SupervisionNotes.AsNoTracking().Where(n => ids.Contains(n.ApplicationId)).Select(n => new { n.ApplicationId, n.At })
                .ToListAsync(cancellationToken))
            .GroupBy(n => n.ApplicationId).ToDictionary(g => g.Key, g => new { N = g.Count(), Last = g.Max(n => n.At) });
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var today = ChinaTime.DateOf(now);
        return new OverdueResponse(rows.Select(r =>
            {
                var a = r.Application;
                var accept = a.Status == ApplicationStatus.Submitted;
                var due = a.CurrentDueAt!.Value;
                var workingDays = 0;
                for (var day = ChinaTime.DateOf(due); day <= today; day = day.AddDays(1)) if (calendar.IsWorkingDay(day)) workingDays++;
                var supervised = notes.GetValueOrDefault(a.Id);
                return new OverdueItem(a.Id, a.BankId, r.BankName, a.ProductId, a.Status, accept ? "accept" : "decide", due,
                    Math.Round((now - due).TotalHours, 1), (accept ? a.AcceptOverdueNotifiedAt : a.DecideOverdueNotifiedAt) is not null)
                {
                    Number = LoanApplication.NumberOf(a.Id, a.SubmittedAt), EnterpriseId = a.EnterpriseId, EnterpriseName = r.EnterpriseName,
                    ProductName = r.ProductName, SubmittedAt = a.SubmittedAt, WorkingDaysOverdue = workingDays,
                    Supervisions = supervised?.N ?? 0, LastSupervisedAt = supervised?.Last,
                };
            })
            .OrderByDescending(i => i.HoursOverdue).ToList());
    }
}
