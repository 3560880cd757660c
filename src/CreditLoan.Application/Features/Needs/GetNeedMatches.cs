using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Products;
using CreditLoan.Application.Matching;
using CreditLoan.Domain.Needs;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Needs;

/// <summary>The published products that match a need, best first, each with its reasons.</summary>
[AuthorizeRoles(Roles.Enterprise, Roles.Agent)]
public sealed record GetNeedMatchesQuery(Guid NeedId) : IQuery<MatchesResponse>;

public sealed class GetNeedMatchesHandler(IAppDbContext db, ICurrentUser user, ProductCatalog catalog, IBankSpeed speed, MatchesCache cache,
    NeedFacts facts, TimeProvider clock) : IQueryHandler<GetNeedMatchesQuery, MatchesResponse>
{
    public async ValueTask<MatchesResponse> Handle(GetNeedMatchesQuery query, CancellationToken cancellationToken)
    {
        var (need, enterprise) = await facts.GetAsync(db, query.NeedId, clock, cancellationToken) ?? throw new NotFoundException("Need", query.NeedId);
        if (!await db.Needs.VisibleTo(user, db, bureau: false).AnyAsync(n => n.Id == need.Id, cancellationToken)) throw new NotFoundException("Need", query.NeedId);
        var snapshot = await catalog.CurrentAsync(cancellationToken);
        var speeds = await speed.AcceptHoursAsync(cancellationToken);
        var matchNeed = ToMatchNeed(need);
        return cache.GetOrAdd(snapshot, speeds, matchNeed, enterprise, () =>
        {
            var matches = MatchingEngine.Match(snapshot.Products, matchNeed, enterprise, speeds);
            return new MatchesResponse(need.Id, matches.Select(m => new MatchItem(m.Product.Id, m.Product.Name, m.Product.BankId,
                snapshot.BankNames.GetValueOrDefault(m.Product.BankId), m.FitScore, m.Reasons.Select(r => r.Text).ToList(), m.Product.MinAnnualRate, m.Product.MaxAnnualRate,
                m.Product.RequiredMaterials, m.Reasons.Select(r => new MatchReasonDetail(r.Code, r.Values)).ToList())).ToList());
        });
    }

    internal static MatchNeed ToMatchNeed(FinancingNeed n) => new(n.Id, n.Amount, n.TermMonths, n.Collateral, n.MaxAnnualRate);
}
