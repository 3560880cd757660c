using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Enterprises;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Enterprises;

/// <summary>Self-registration: only codes the registry knows, one account per enterprise, profile from the registry.</summary>
[AllowAnonymousRequest]
public sealed record RegisterEnterpriseCommand(string CreditCode, string Phone, string UserName, string Password) : ICommand<EnterpriseResponse>;

public sealed class RegisterEnterpriseValidator : AbstractValidator<RegisterEnterpriseCommand>
{
    public RegisterEnterpriseValidator()
    {
        RuleFor(c => c.CreditCode).Must(Identifiers.IsValidCreditCode)
            .WithMessage(c => $"creditCode {Identifiers.CreditCodeProblem(c.CreditCode)}.").OverridePropertyName("creditCode");
        RuleFor(c => c.Phone).Must(Identifiers.IsValidMobile)
            .WithMessage("phone must be an 11-digit mobile number starting 13-19.").OverridePropertyName("phone");
        RuleFor(c => c.UserName).NotEmpty().Matches(AccountRules.UserNamePattern)
            .WithMessage("userName must be 3-64 letters, digits or . _ @ -").OverridePropertyName("userName");
        RuleFor(c => c.Password).NotEmpty().MinimumLength(AccountRules.MinimumPasswordLength).MaximumLength(AccountRules.MaximumPasswordLength).OverridePropertyName("password");
    }
}

public sealed class RegisterEnterpriseHandler(IAppDbContext db, UserManager<AppUser> users, TimeProvider clock, Places.DivisionCatalog divisions)
    : ICommandHandler<RegisterEnterpriseCommand, EnterpriseResponse>
{
    public async ValueTask<EnterpriseResponse> Handle(RegisterEnterpriseCommand command, CancellationToken cancellationToken)
    {
        var registry = await db.RegistryRecords.AsNoTracking().FirstOrDefaultAsync(r => r.CreditCode == command.CreditCode, cancellationToken)
            ?? throw RegistrationRefusals.Unknown(command.CreditCode);
        if (await db.Enterprises.AnyAsync(e => e.CreditCode == command.CreditCode, cancellationToken))
            throw RegistrationRefusals.AlreadyRegistered(command.CreditCode);

        var now = clock.GetUtcNow();
        var enterprise = Enterprise.RegisterFrom(registry, command.Phone, now);
        db.Enterprises.Add(enterprise);
        await UserAccounts.CreateAsync(users, command.UserName, command.Password, registry.Name, Roles.Enterprise, now, enterpriseId: enterprise.Id);
        return EnterpriseResponse.From(enterprise, divisions);
    }
}
