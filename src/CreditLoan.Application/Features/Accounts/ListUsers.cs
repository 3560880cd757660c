using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Banks;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Accounts;

/// <summary>
/// The accounts the caller manages: every account for the bureau, the bank's administrators and officers for a bank's administrator;
/// filtered by bank, station, role and whether disabled; each with the name of its bank, station or enterprise.
/// </summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank)]
public sealed record ListUsersQuery(Guid? BankId, Guid? StationId, int Page = 1, int PageSize = Paging.DefaultPageSize, AccountRole? Role = null,
    bool? Disabled = null) : IQuery<PagedList<UserResponse>>, IPagedQuery;

public sealed class ListUsersValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Role).IsInEnum().WithMessage("role must be Bureau, BankAdmin, BankOfficer, Enterprise or Agent.").OverridePropertyName("role");
    }
}

public sealed class ListUsersHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListUsersQuery, PagedList<UserResponse>>
{
    public async ValueTask<PagedList<UserResponse>> Handle(ListUsersQuery query, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Bank)) user.RequireBankAdminOf(query.BankId ?? user.RequireBankId());
        var users = db.Users.AsNoTracking().ManagedBy(user);
        if (query.BankId is { } bankId) users = users.Where(u => u.BankId == bankId);
        if (query.StationId is { } stationId) users = users.Where(u => u.StationId == stationId);
        if (query.Disabled is { } disabled) users = users.Where(u => u.Disabled == disabled);
        users = query.Role switch
        {
            AccountRole.Bureau => users.Where(u => u.Role == Roles.Bureau),
            AccountRole.BankAdmin => users.Where(u => u.Role == Roles.Bank && u.IsBankAdmin),
            AccountRole.BankOfficer => users.Where(u => u.Role == Roles.Bank && !u.IsBankAdmin),
            AccountRole.Enterprise => users.Where(u => u.Role == Roles.Enterprise),
            AccountRole.Agent => users.Where(u => u.Role == Roles.Agent),
            _ => users,
        };
        var total = await users.CountAsync(cancellationToken);
        var page = await users.OrderBy(u => u.Role).ThenBy(u => u.UserName).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedList<UserResponse>(await NamedAsync(page, cancellationToken), query.Page, query.PageSize, total);
    }

    /// <summary>The page's accounts with the names of their banks, stations and enterprises (people read names, not ids).</summary>
    private async Task<IReadOnlyList<UserResponse>> NamedAsync(List<AppUser> page, CancellationToken ct)
    {
        var bankIds = page.Where(u => u.BankId is not null).Select(u => u.BankId!.Value).Distinct().ToList();
        var stationIds = page.Where(u => u.StationId is not null).Select(u => u.StationId!.Value).Distinct().ToList();
        var enterpriseIds = page.Where(u => u.EnterpriseId is not null).Select(u => u.EnterpriseId!.Value).Distinct().ToList();
        var banks = bankIds.Count == 0 ? [] : await db.Banks.AsNoTracking().Where(b => bankIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var stations = stationIds.Count == 0 ? []
            : await db.Stations.AsNoTracking().Where(s => stationIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var enterprises = enterpriseIds.Count == 0 ? []
            : await db.Enterprises.AsNoTracking().Where(e => enterpriseIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        return page.Select(u => UserResponse.From(u) with
        {
            BankName = u.BankId is { } b ? banks.GetValueOrDefault(b) : null,
            StationName = u.StationId is { } s ? stations.GetValueOrDefault(s) : null,
            EnterpriseName = u.EnterpriseId is { } e ? enterprises.GetValueOrDefault(e) : null,
        }).ToList();
    }
}
