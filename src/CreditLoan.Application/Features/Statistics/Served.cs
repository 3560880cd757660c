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

/// <summary>Enterprises served (distinct, with at least one disbursal in the range) from the <see cref="ServedPair"/> projection.</summary>
internal static class Served
{
    public static async Task<long> CountAsync(IAppDbContext db, string scope, DateOnly from, DateOnly to, CancellationToken ct) =>
        await db.ServedPairs.AsNoTracking().Where(p => p.Scope == scope && p.Day >= from && p.Day <= to && p.PrevDay < from).SumAsync(p => p.N, ct);

    public static async Task<Dictionary<Guid, long>> ByBankAsync(IAppDbContext db, DateOnly from, DateOnly to, CancellationToken ct) =>
        (await db.ServedPairs.AsNoTracking().Where(p => p.Scope != ServedScopes.Platform && p.Day >= from && p.Day <= to && p.PrevDay < from)
            .GroupBy(p => p.Scope).Select(g => new { g.Key, N = g.Sum(p => p.N) }).ToListAsync(ct))
        .ToDictionary(x => Guid.ParseExact(x.Key, "N"), x => x.N);

    /// <summary>Per month of the range: each month counts the enterprises whose first disbursal within that month's part of the range falls in it.</summary>
    public static async Task<Dictionary<string, long>> ByMonthAsync(IAppDbContext db, string scope, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var pairs = await db.ServedPairs.AsNoTracking().Where(p => p.Scope == scope && p.Day >= from && p.Day <= to)
            .Select(p => new { p.Day, p.PrevDay, p.N }).ToListAsync(ct);
        return pairs.GroupBy(p => p.Day.ToString("yyyy-MM"))
            .ToDictionary(g => g.Key, g =>
            {
                var first = g.First().Day;
                var start = new DateOnly(first.Year, first.Month, 1);
                if (start < from) start = from;
                return g.Where(p => p.PrevDay < start).Sum(p => p.N);
            });
    }
}
