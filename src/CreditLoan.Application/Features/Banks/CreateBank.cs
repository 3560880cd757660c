using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Banks;

[AuthorizeRoles(Roles.Bureau)]
public sealed record CreateBankCommand(string Name, string CreditCode) : ICommand<BankResponse>;

public sealed class CreateBankValidator : AbstractValidator<CreateBankCommand>
{
    public CreateBankValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100).OverridePropertyName("name");
        RuleFor(c => c.CreditCode).Must(code => Identifiers.IsValidCreditCode(code))
            .WithMessage(c => $"creditCode {Identifiers.CreditCodeProblem(c.CreditCode)}.").OverridePropertyName("creditCode");
    }
}

public sealed class CreateBankHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<CreateBankCommand, BankResponse>
{
    public async ValueTask<BankResponse> Handle(CreateBankCommand command, CancellationToken cancellationToken)
    {
        if (await db.Banks.AnyAsync(b => b.CreditCode == command.CreditCode, cancellationToken))
            throw new ConflictException($"A bank with credit code {command.CreditCode} is already onboarded.")
                { Code = "BankAlreadyOnboarded", Values = [command.CreditCode] };
        var bank = new Bank(command.Name.Trim(), command.CreditCode, clock.GetUtcNow());
        db.Banks.Add(bank);
        return BankResponse.From(bank);
    }
}
