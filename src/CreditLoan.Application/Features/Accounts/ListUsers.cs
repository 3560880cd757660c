using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Banks;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Accounts;

/// <summary>The accounts the caller manages: every account for the bureau, the bank's officers for a bank's administrator.</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank)]
public sealed record ListUsersQuery(Guid? BankId, Guid? StationId, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<UserResponse>>, IPagedQuery;

public sealed class ListUsersValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersValidator() => this.AddPagingRules();
}

public sealed class ListUsersHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListUsersQuery, PagedList<UserResponse>>
{
    public async ValueTask<PagedList<UserResponse>> Handle(ListUsersQuery query, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Bank)) user.RequireBankAdminOf(query.BankId ?? user.RequireBankId());
        var users = db.Users.AsNoTracking().ManagedBy(user);
        if (query.BankId is { } bankId) users = users.Where(u => u.BankId == bankId);
        if (query.StationId is { } stationId) users = users.Where(u => u.StationId == stationId);
        var total = await users.CountAsync(cancellationToken);
        var page = await users.OrderBy(u => u.Role).ThenBy(u => u.UserName).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedList<UserResponse>(page.Select(UserResponse.From).ToList(), query.Page, query.PageSize, total);
    }
}
