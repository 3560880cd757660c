using System.Linq.Expressions;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Statistics;

/// <summary>Which counter of the statistics a list stands behind (docs/statistics.md, "Which day a counter is counted on").</summary>
public enum StatsFigure { Applications, Approvals, Rejections, Loans, Overdue }

/// <summary>
/// The applications behind a figure of the statistics (the dashboard's drill-down): the same counter, on the same China days,
/// in the same group — a township or an industry section where the application was made, a bank, the station that
/// submitted it — so the list's total is the figure clicked. <c>applications</c> and <c>overdue</c> count by submission
/// day, <c>approvals</c> and <c>rejections</c> by decision day, <c>loans</c> by <c>disbursedOn</c>. A bank sees its own only.
/// </summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank)]
public sealed record ListFigureApplicationsQuery(StatsFigure Figure = StatsFigure.Applications, DateOnly? From = null, DateOnly? To = null,
    string? Township = null, string? Industry = null, Guid? BankId = null, Guid? StationId = null, Guid? EnterpriseId = null,
    ApplicationStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<FigureApplicationsResponse>, IStatsRange, IPagedQuery;

public sealed record FigureApplicationItem(Guid Id, string Number, Guid EnterpriseId, string EnterpriseName, string CreditCode, Guid BankId, string BankName,
    Guid ProductId, string ProductName, decimal Amount, decimal? ApprovedAmount, decimal? DisbursedAmount, DateOnly? DisbursedOn, ApplicationStatus Status,
    DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt, string Township, string? TownshipName, string Industry, string? IndustryName, string? StationName);

/// <param name="Total">How many applications are behind the figure (all pages).</param>
/// <param name="TotalAmount">Their requested amounts, in yuan.</param>
/// <param name="TotalDisbursed">Their disbursed amounts, in yuan (for <c>loans</c>: the figure's <c>amountDisbursed</c>).</param>
public sealed record FigureApplicationsResponse(DateOnly From, DateOnly To, StatsFigure Figure, IReadOnlyList<FigureApplicationItem> Items, int Page, int PageSize,
    int Total, decimal TotalAmount, decimal TotalDisbursed);

public sealed class ListFigureApplicationsValidator : StatsRangeValidator<ListFigureApplicationsQuery>
{
    public ListFigureApplicationsValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Figure).IsInEnum().OverridePropertyName("figure");
        RuleFor(q => q.Status).IsInEnum().OverridePropertyName("status");
        RuleFor(q => q.Township).Matches("^[0-9]{9}$").When(q => q.Township is not null).OverridePropertyName("township");
        RuleFor(q => q.Industry).Matches("^[A-T]$").When(q => q.Industry is not null).OverridePropertyName("industry");
    }
}

public sealed class ListFigureApplicationsHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Places.DivisionCatalog divisions)
    : IQueryHandler<ListFigureApplicationsQuery, FigureApplicationsResponse>
{
    public async ValueTask<FigureApplicationsResponse> Handle(ListFigureApplicationsQuery q, CancellationToken ct)
    {
        var s = StatsScope.Of(q, user, clock);
        var apps = db.Applications.AsNoTracking().Where(Counted(q.Figure, s));
        if (q.Figure == StatsFigure.Overdue) apps = apps.Where(LoanApplication.MissedALimit);
        if (s.BankId is { } own) apps = apps.Where(a => a.BankId == own);
        if (q.BankId is { } bank) apps = apps.Where(a => a.BankId == bank);
        if (q.Township is { } township) apps = apps.Where(a => a.Township == township);
        if (q.Industry is { } industry) apps = apps.Where(a => a.IndustrySection == industry);
        if (q.StationId is { } station) apps = apps.Where(a => a.SubmittedByStationId == station);
        if (q.EnterpriseId is { } enterprise) apps = apps.Where(a => a.EnterpriseId == enterprise);
        if (q.Status is { } status) apps = apps.Where(a => a.Status == status);

        var total = await apps.CountAsync(ct);
        var amount = total == 0 ? 0m : await apps.SumAsync(a => a.RequestedAmount, ct);
        var disbursed = total == 0 ? 0m : await apps.SumAsync(a => a.DisbursedAmount ?? 0m, ct);
        var rows = await (from a in apps.OrderByDescending(a => a.SubmittedAt).ThenBy(a => a.Id).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
                          join e in db.Enterprises.AsNoTracking() on a.EnterpriseId equals e.Id
                          join b in db.Banks.AsNoTracking() on a.BankId equals b.Id
                          join p in db.Products.AsNoTracking() on a.ProductId equals p.Id
                          select new
                          {
                              a.Id, a.EnterpriseId, Enterprise = e.Name, e.CreditCode, a.BankId, Bank = b.Name, a.ProductId, Product = p.Name, a.RequestedAmount,
                              a.ApprovedAmount, a.DisbursedAmount, a.DisbursedOn, a.Status, a.SubmittedAt, a.DecidedAt, a.Township, a.IndustrySection,
                              Station = db.Stations.Where(x => x.Id == a.SubmittedByStationId).Select(x => x.Name).FirstOrDefault(),
                          }).ToListAsync(ct);
        var items = rows.OrderByDescending(r => r.SubmittedAt).ThenBy(r => r.Id)
            .Select(r => new FigureApplicationItem(r.Id, LoanApplication.NumberOf(r.Id, r.SubmittedAt), r.EnterpriseId, r.Enterprise, r.CreditCode, r.BankId, r.Bank,
                r.ProductId, r.Product, r.RequestedAmount, r.ApprovedAmount, r.DisbursedAmount, r.DisbursedOn, r.Status, r.SubmittedAt, r.DecidedAt, r.Township,
                divisions.NameOf(r.Township), r.IndustrySection, Domain.Places.Industries.NameOf(r.IndustrySection), r.Station))
            .ToList();
        return new FigureApplicationsResponse(s.From, s.To, q.Figure, items, q.Page, q.PageSize, total, amount, disbursed);
    }

    /// <summary>The applications a counter counts in the range, each on the China day of its own event (as <c>StatsEvents</c> counts them).</summary>
    private static Expression<Func<LoanApplication, bool>> Counted(StatsFigure figure, StatsScope s)
    {
        var (start, end, from, to) = (s.Start, s.End, s.From, s.To);
        return figure switch
        {
            StatsFigure.Approvals => a => a.DecidedAt >= start && a.DecidedAt < end
                                         && (a.Status == ApplicationStatus.Approved || a.Status == ApplicationStatus.Disbursed),
            StatsFigure.Rejections => a => a.DecidedAt >= start && a.DecidedAt < end && a.Status == ApplicationStatus.Rejected,
            StatsFigure.Loans => a => a.DisbursedOn >= from && a.DisbursedOn <= to,
            _ => a => a.SubmittedAt >= start && a.SubmittedAt < end,   // applications; overdue: those of them that missed a limit
        };
    }
}
