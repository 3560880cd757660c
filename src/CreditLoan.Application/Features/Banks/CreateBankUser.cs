using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Banks;

[AuthorizeRoles(Roles.Bureau)]
public sealed record CreateBankUserCommand(Guid BankId, string UserName, string Password, string DisplayName) : ICommand<UserResponse>;

public sealed class CreateBankUserValidator : NewAccountValidator<CreateBankUserCommand>
{
    public CreateBankUserValidator() => AddAccountRules(c => c.UserName, c => c.Password, c => c.DisplayName);
}

public sealed class CreateBankUserHandler(IAppDbContext db, UserManager<AppUser> users, TimeProvider clock)
    : ICommandHandler<CreateBankUserCommand, UserResponse>
{
    public async ValueTask<UserResponse> Handle(CreateBankUserCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Banks.AnyAsync(b => b.Id == command.BankId, cancellationToken))
            throw new NotFoundException("Bank", command.BankId);
        var user = await UserAccounts.CreateAsync(users, command.UserName, command.Password, command.DisplayName.Trim(),
            Roles.Bank, clock.GetUtcNow(), bankId: command.BankId);
        return UserResponse.From(user);
    }
}
