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

/// <summary>A platform account as shown to the bureau (never with its password).</summary>
public sealed record UserResponse(string Id, string UserName, string DisplayName, string Role, Guid? BankId, Guid? EnterpriseId, Guid? StationId) : ITargetsEntity
{
    public string AuditEntityId => Id;

    public static UserResponse From(AppUser u) => new(u.Id, u.UserName!, u.DisplayName, u.Role, u.BankId, u.EnterpriseId, u.StationId);
}

/// <summary>The shape rules of a new officer or agent account.</summary>
public abstract class NewAccountValidator<T> : AbstractValidator<T>
{
    protected void AddAccountRules(Func<T, string> userName, Func<T, string> password, Func<T, string> displayName)
    {
        RuleFor(c => userName(c)).NotEmpty().Matches(AccountRules.UserNamePattern)
            .WithMessage("userName must be 3-64 letters, digits or . _ @ -").OverridePropertyName("userName");
        RuleFor(c => password(c)).NotEmpty().MinimumLength(8).MaximumLength(128).OverridePropertyName("password");
        RuleFor(c => displayName(c)).NotEmpty().MaximumLength(100).OverridePropertyName("displayName");
    }
}

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
