using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Stations;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

/// <summary>
/// The station directory: the bureau sees every station, a bank its partner stations, an agent its own, an enterprise
/// every station (it chooses one to delegate to, 帮办授权); optionally only those in a division (township or village code).
/// </summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Agent, Roles.Enterprise)]
public sealed record ListStationsQuery(string? Division = null, int Page = 1, int PageSize = Common.Models.Paging.DefaultPageSize)
    : IQuery<Common.Models.PagedList<StationResponse>>, Common.Models.IPagedQuery;

public sealed class ListStationsValidator : AbstractValidator<ListStationsQuery>
{
    public ListStationsValidator()
    {
        Common.Models.Paging.AddPagingRules(this);
        RuleFor(q => q.Division).Must(d => d is null || (Identifiers.IsValidDivision(d) && d.Length is 6 or 9 or 12))
            .WithMessage("division must be a 6-digit county, 9-digit township or 12-digit village code.").OverridePropertyName("division");
    }
}

public sealed class ListStationsHandler(IAppDbContext db, ICurrentUser user, Places.DivisionCatalog divisions) : IQueryHandler<ListStationsQuery, Common.Models.PagedList<StationResponse>>
{
    public async ValueTask<Common.Models.PagedList<StationResponse>> Handle(ListStationsQuery query, CancellationToken cancellationToken)
    {
        var stations = db.Stations.AsNoTracking().ListedFor(user);
        if (query.Division is { } division) stations = stations.Where(s => s.VillageCode.StartsWith(division));
        var total = await stations.CountAsync(cancellationToken);
        var page = await stations.OrderBy(s => s.VillageCode).ThenBy(s => s.Name).ThenBy(s => s.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new Common.Models.PagedList<StationResponse>(page.Select(s => StationResponse.From(s, divisions)).ToList(), query.Page, query.PageSize, total);
    }
}
