using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Statistics;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Statistics;

/// <summary>The range's ends and instants, and the caller's bank when the caller is a bank.</summary>
internal sealed record StatsScope(DateOnly From, DateOnly To, DateTimeOffset Start, DateTimeOffset End, Guid? BankId)
{
    public static StatsScope Of(IStatsRange q, ICurrentUser user, TimeProvider clock)
    {
        var today = ChinaTime.Today(clock);
        var to = q.To ?? today;
        var from = q.From ?? new DateOnly(to.Year, 1, 1);
        if (from > to) from = to;
        return new StatsScope(from, to, ChinaTime.StartOf(from), ChinaTime.StartOf(to.AddDays(1)), user.IsInRole(Roles.Bank) ? user.RequireBankId() : null);
    }

    public IQueryable<ApplicationStatsDay> Days(IAppDbContext db, string dimension)
    {
        var rows = db.ApplicationStats.AsNoTracking().Where(s => s.Dimension == dimension && s.Day >= From && s.Day <= To);
        return BankId is { } bank ? rows.Where(s => s.BankId == bank) : rows;
    }

    public IQueryable<Domain.Loans.Loan> Loans(IAppDbContext db)
    {
        var loans = db.Loans.AsNoTracking().Where(l => l.DisbursedOn >= From && l.DisbursedOn <= To);
        return BankId is { } bank ? loans.Where(l => l.BankId == bank) : loans;
    }
}
