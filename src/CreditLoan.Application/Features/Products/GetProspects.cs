using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Matching;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Products;

/// <summary>
/// An open need that matches, with the enterprise masked: the bank sees what, not who — while the enterprise has applied to
/// this product and its consent to the bank is live, its id and name appear; once every such consent is revoked or has
/// lapsed, it is masked again.
/// </summary>
public sealed record ProspectResponse(Guid NeedId, string Industry, string? TownshipCode, CreditGrade Grade, decimal Amount, int TermMonths, int FitScore)
{
    public string? IndustryName { get; init; }

    public string? TownshipName { get; init; }

    /// <summary>When the bank invited the enterprise behind this need to apply for the product (<see cref="InviteProspectCommand"/>).</summary>
    public DateTimeOffset? InvitedAt { get; init; }

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Guid? EnterpriseId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? EnterpriseName { get; init; }
}

/// <summary>Open needs that match the bank's own product, best fit first.</summary>
[AuthorizeRoles(Roles.Bank)]
public sealed record GetProspectsQuery(Guid ProductId, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<ProspectResponse>>, IPagedQuery;

public sealed class GetProspectsValidator : AbstractValidator<GetProspectsQuery>
{
    public GetProspectsValidator() => this.AddPagingRules();
}

public sealed class GetProspectsHandler(IAppDbContext db, ICurrentUser user, IBankSpeed speed, TimeProvider clock, Places.DivisionCatalog divisions)
    : IQueryHandler<GetProspectsQuery, PagedList<ProspectResponse>>
{
    public async ValueTask<PagedList<ProspectResponse>> Handle(GetProspectsQuery q, CancellationToken cancellationToken)
    {
        var product = await db.Products.OwnedBy(user).FindAsync("Product", q.ProductId, cancellationToken);
        var now = clock.GetUtcNow();
        var candidates = await MatchingData.CandidatesAsync(db, product, now, MatchingData.Today(clock), cancellationToken);
        var hours = (await speed.AcceptHoursAsync(cancellationToken)).TryGetValue(product.BankId, out var h) ? h : (double?)null;
        var prospects = MatchingEngine.Prospects(product, candidates, hours);
        var consents = await (from a in db.Applications.AsNoTracking()
                              where a.ProductId == product.Id
                              join c in db.Consents.AsNoTracking() on a.Id equals c.ApplicationId
                              where c.BankId == product.BankId && c.RevokedAt == null
                              join e in db.Enterprises.AsNoTracking() on a.EnterpriseId equals e.Id
                              select new { Consent = c, e.Id, e.Name }).ToListAsync(cancellationToken);
        var applicants = consents.Where(c => c.Consent.IsLiveAt(now)).DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => c.Name);
        var shown = prospects.Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToList();
        var keys = shown.Select(p => InviteProspectHandler.KeyOf(product.Id, p.Need.NeedId)).ToList();
        var invited = await db.Outbox.AsNoTracking().Where(m => m.DeduplicationKey != null && keys.Contains(m.DeduplicationKey))
            .Select(m => new { m.DeduplicationKey, m.CreatedAt }).ToDictionaryAsync(m => m.DeduplicationKey!, m => m.CreatedAt, cancellationToken);
        var items = shown
            .Select(p => new ProspectResponse(p.Need.NeedId, p.Enterprise.Industry, Identifiers.Township(p.Enterprise.DivisionCode), p.Enterprise.Grade,
                p.Need.Amount, p.Need.TermMonths, p.FitScore)
            {
                IndustryName = Domain.Places.Industries.NameOf(p.Enterprise.Industry),
                TownshipName = divisions.TownshipNameOf(p.Enterprise.DivisionCode),
                InvitedAt = invited.TryGetValue(InviteProspectHandler.KeyOf(product.Id, p.Need.NeedId), out var at) ? at : null,
                EnterpriseId = applicants.ContainsKey(p.Enterprise.EnterpriseId) ? p.Enterprise.EnterpriseId : null,
                EnterpriseName = applicants.GetValueOrDefault(p.Enterprise.EnterpriseId),
            })
            .ToList();
        return new PagedList<ProspectResponse>(items, q.Page, q.PageSize, prospects.Count);
    }
}
