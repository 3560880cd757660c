using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Banks;

/// <summary>
/// A bank's account: the bureau creates administrators and officers (a bank's first account is its administrator unless
/// the role says otherwise); a bank's administrator creates its officers. Only the bureau creates administrators, so no
/// administrator can make the second one that confirms their own change (dual control).
/// </summary>
/// <remarks>The optional phone is the officer's work number: the enterprises whose applications the officer accepts see it.</remarks>
[AuthorizeRoles(Roles.Bureau, Roles.Bank)]
public sealed record CreateBankUserCommand(Guid BankId, string UserName, string Password, string DisplayName, AccountRole? Role = null, string? Phone = null)
    : ICommand<UserResponse>;

public sealed class CreateBankUserValidator : NewAccountValidator<CreateBankUserCommand>
{
    public CreateBankUserValidator()
    {
        AddAccountRules(c => c.UserName, c => c.Password, c => c.DisplayName);
        RuleFor(c => c.Role).Must(r => r is null or AccountRole.BankAdmin or AccountRole.BankOfficer)
            .WithMessage("role must be BankOfficer or BankAdmin.").OverridePropertyName("role");
        RuleFor(c => c.Phone).Matches(@"^[0-9][0-9-]{6,19}\z").When(c => c.Phone is not null)
            .WithMessage("phone must be 7-20 digits (a hyphen allowed).").OverridePropertyName("phone");
    }
}

public sealed class CreateBankUserHandler(IAppDbContext db, UserManager<AppUser> users, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateBankUserCommand, UserResponse>
{
    public async ValueTask<UserResponse> Handle(CreateBankUserCommand command, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Bank))
        {
            user.RequireBankAdminOf(command.BankId);
            if (command.Role == AccountRole.BankAdmin)
                throw new ForbiddenAccessException("Only the bureau creates a bank's administrators; an administrator creates officers.");
        }
        if (!await db.Banks.AnyAsync(b => b.Id == command.BankId, cancellationToken))
            throw new NotFoundException("Bank", command.BankId);
        var admin = command.Role switch
        {
            AccountRole.BankAdmin => true,
            AccountRole.BankOfficer => false,
            _ => user.IsInRole(Roles.Bureau) && !await db.Users.AnyAsync(u => u.BankId == command.BankId, cancellationToken),
        };
        var created = await UserAccounts.CreateAsync(users, command.UserName, command.Password, command.DisplayName.Trim(),
            Roles.Bank, clock.GetUtcNow(), bankId: command.BankId, isBankAdmin: admin, phone: command.Phone);
        return UserResponse.From(created);
    }
}
