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

[AuthorizeRoles(Roles.Bureau)]
public sealed record CreateStationCommand(string Name, string VillageCode, Guid PartnerBankId, decimal CashFloatLimit) : ICommand<StationResponse>;

public sealed record StationResponse(Guid Id, string Name, string VillageCode, string TownshipCode, Guid PartnerBankId, decimal CashFloatLimit, DateTimeOffset CreatedAt) : IEntityResponse
{
    public static StationResponse From(Station s) =>
        new(s.Id, s.Name, s.VillageCode, Identifiers.Township(s.VillageCode)!, s.PartnerBankId, s.CashFloatLimit, s.CreatedAt);
}

public sealed class CreateStationValidator : AbstractValidator<CreateStationCommand>
{
    public CreateStationValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100).OverridePropertyName("name");
        RuleFor(c => c.VillageCode).Must(Identifiers.IsValidVillageCode).WithMessage("villageCode must be a 12-digit village division code.")
            .OverridePropertyName("villageCode");
        RuleFor(c => c.PartnerBankId).NotEmpty().OverridePropertyName("partnerBankId");
        RuleFor(c => c.CashFloatLimit).PositiveYuan("cashFloatLimit");
    }
}

public sealed class CreateStationHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<CreateStationCommand, StationResponse>
{
    public async ValueTask<StationResponse> Handle(CreateStationCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Banks.AnyAsync(b => b.Id == command.PartnerBankId, cancellationToken))
            throw new FieldValidationException("partnerBankId", $"No bank with id {command.PartnerBankId} is onboarded.");
        var station = new Station(command.Name.Trim(), command.VillageCode, command.PartnerBankId, command.CashFloatLimit, clock.GetUtcNow());
        db.Stations.Add(station);
        await db.SaveChangesAsync(cancellationToken);
        return StationResponse.From(station);
    }
}

[AuthorizeRoles(Roles.Bureau)]
public sealed record CreateStationUserCommand(Guid StationId, string UserName, string Password, string DisplayName) : ICommand<UserResponse>;

public sealed class CreateStationUserValidator : NewAccountValidator<CreateStationUserCommand>
{
    public CreateStationUserValidator() => AddAccountRules(c => c.UserName, c => c.Password, c => c.DisplayName);
}

public sealed class CreateStationUserHandler(IAppDbContext db, UserManager<AppUser> users, TimeProvider clock)
    : ICommandHandler<CreateStationUserCommand, UserResponse>
{
    public async ValueTask<UserResponse> Handle(CreateStationUserCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Stations.AnyAsync(s => s.Id == command.StationId, cancellationToken))
            throw new NotFoundException("Station", command.StationId);
        var user = await UserAccounts.CreateAsync(users, command.UserName, command.Password, command.DisplayName.Trim(),
            Roles.Agent, clock.GetUtcNow(), stationId: command.StationId);
        return UserResponse.From(user);
    }
}

/// <summary>A station as its agents, its partner bank and the bureau see it.</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Agent)]
public sealed record GetStationQuery(Guid StationId) : IQuery<StationResponse>;

public sealed class GetStationHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetStationQuery, StationResponse>
{
    public async ValueTask<StationResponse> Handle(GetStationQuery query, CancellationToken cancellationToken)
    {
        var station = await db.Stations.AsNoTracking().FirstOrDefaultAsync(s => s.Id == query.StationId, cancellationToken);
        var visible = station is not null && (user.IsInRole(Roles.Bureau)
            || (user.IsInRole(Roles.Bank) && user.BankId == station.PartnerBankId)
            || (user.IsInRole(Roles.Agent) && user.StationId == station.Id));
        return visible ? StationResponse.From(station!) : throw new NotFoundException("Station", query.StationId);
    }
}

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

public sealed class ListStationsHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListStationsQuery, Common.Models.PagedList<StationResponse>>
{
    public async ValueTask<Common.Models.PagedList<StationResponse>> Handle(ListStationsQuery query, CancellationToken cancellationToken)
    {
        var stations = db.Stations.AsNoTracking();
        if (user.IsInRole(Roles.Bank)) stations = stations.Where(s => s.PartnerBankId == user.BankId);
        else if (user.IsInRole(Roles.Agent)) stations = stations.Where(s => s.Id == user.StationId);
        if (query.Division is { } division) stations = stations.Where(s => s.VillageCode.StartsWith(division));
        var total = await stations.CountAsync(cancellationToken);
        var page = await stations.OrderBy(s => s.VillageCode).ThenBy(s => s.Name).ThenBy(s => s.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new Common.Models.PagedList<StationResponse>(page.Select(StationResponse.From).ToList(), query.Page, query.PageSize, total);
    }
}
