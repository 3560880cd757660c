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

public sealed record ExplainResponse(bool Matches, IReadOnlyList<FailedRule> FailedRules);

/// <summary>Why a product does or does not match a need ("needs grade B; yours is C").</summary>
[AuthorizeRoles(Roles.Enterprise, Roles.Agent)]
public sealed record ExplainMatchQuery(Guid NeedId, Guid ProductId) : IQuery<ExplainResponse>;

public sealed class ExplainMatchHandler(IAppDbContext db, ICurrentUser user, ProductCatalog catalog, TimeProvider clock)
    : IQueryHandler<ExplainMatchQuery, ExplainResponse>
{
    public async ValueTask<ExplainResponse> Handle(ExplainMatchQuery query, CancellationToken cancellationToken)
    {
        var need = await db.Needs.AsNoTracking().VisibleTo(user, db, bureau: false).FindAsync("Need", query.NeedId, cancellationToken);
        var product = (await catalog.CurrentAsync(cancellationToken)).Find(query.ProductId) ?? throw new NotFoundException("Product", query.ProductId);
        var enterprise = await MatchingData.EnterpriseAsync(db, need.EnterpriseId, MatchingData.Today(clock), cancellationToken)
                         ?? throw new NotFoundException("Need", query.NeedId);
        var failed = MatchingEngine.Explain(product, GetNeedMatchesHandler.ToMatchNeed(need), enterprise);
        return new ExplainResponse(failed.Count == 0, failed);
    }
}
