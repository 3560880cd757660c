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
