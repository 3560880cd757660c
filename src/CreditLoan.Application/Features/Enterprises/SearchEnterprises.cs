using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Enterprises;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Enterprises;

/// <summary>The bureau's enterprise directory: registered enterprises found by name or credit code (any part) and township, by name.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record SearchEnterprisesQuery(string? Search = null, string? Township = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<EnterpriseDirectoryItem>>, IPagedQuery;

public sealed record EnterpriseDirectoryItem(Guid Id, string Name, string CreditCode, EnterpriseType Type, string TownshipCode, string? TownshipName,
    string Industry, string? IndustryName, CreditGrade? Grade, DateTimeOffset RegisteredAt);

public sealed class SearchEnterprisesValidator : AbstractValidator<SearchEnterprisesQuery>
{
    public SearchEnterprisesValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Search).MaximumLength(100).OverridePropertyName("search");
        RuleFor(q => q.Township).Matches("^[0-9]{9}$").When(q => q.Township is not null).OverridePropertyName("township");
    }
}

public sealed class SearchEnterprisesHandler(IAppDbContext db, Places.DivisionCatalog divisions)
    : IQueryHandler<SearchEnterprisesQuery, PagedList<EnterpriseDirectoryItem>>
{
    public async ValueTask<PagedList<EnterpriseDirectoryItem>> Handle(SearchEnterprisesQuery q, CancellationToken ct)
    {
        var found = db.Enterprises.AsNoTracking();
        if (q.Search?.Trim() is { Length: > 0 } s)
        {
            var code = s.ToUpperInvariant();   // credit codes are upper case; a code typed in lower case is found too
            found = found.Where(e => e.Name.Contains(s) || e.CreditCode.Contains(code));
        }
        if (q.Township is { } township) found = found.Where(e => e.DivisionCode.StartsWith(township));
        var total = await found.CountAsync(ct);
        var page = await (from e in found.OrderBy(e => e.Name).ThenBy(e => e.Id).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
                          select new
                          {
                              Enterprise = e,
                              Grade = db.CreditProfiles.Where(p => p.CreditCode == e.CreditCode).Select(p => (CreditGrade?)p.Grade).FirstOrDefault(),
                          }).ToListAsync(ct);
        var items = page.Select(x => new EnterpriseDirectoryItem(x.Enterprise.Id, x.Enterprise.Name, x.Enterprise.CreditCode, x.Enterprise.Type,
            Identifiers.TownshipOf(x.Enterprise.DivisionCode), divisions.TownshipNameOf(x.Enterprise.DivisionCode), x.Enterprise.Industry,
            Domain.Places.Industries.NameOf(x.Enterprise.Industry), x.Grade, x.Enterprise.RegisteredAt)).ToList();
        return new PagedList<EnterpriseDirectoryItem>(items, q.Page, q.PageSize, total);
    }
}
