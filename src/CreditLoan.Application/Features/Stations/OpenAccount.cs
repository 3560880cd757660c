using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

/// <summary>A customer account at the partner bank (sandbox core), opened by that bank.</summary>
[AuthorizeRoles(Roles.Bank)]
public sealed record OpenAccountCommand(string HolderName, string IdNumber, decimal OpeningBalance) : ICommand<AccountResponse>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid BankId { get; init; }
}

public sealed class OpenAccountValidator : AbstractValidator<OpenAccountCommand>
{
    public OpenAccountValidator()
    {
        RuleFor(c => c.HolderName).NotEmpty().MaximumLength(50).OverridePropertyName("holderName");
        RuleFor(c => c.IdNumber).Must(Identifiers.IsValidIdNumber).WithMessage("idNumber is not a valid resident identity number (GB 11643).")
            .OverridePropertyName("idNumber");
        RuleFor(c => c.OpeningBalance).GreaterThanOrEqualTo(0).LessThanOrEqualTo(Money.MaxAmount).Must(Money.IsYuan)
            .WithMessage("openingBalance must be a yuan amount of 0 or more with at most 2 decimals.").OverridePropertyName("openingBalance");
    }
}

public sealed class OpenAccountHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<OpenAccountCommand, AccountResponse>
{
    public async ValueTask<AccountResponse> Handle(OpenAccountCommand c, CancellationToken cancellationToken)
    {
        await db.Banks.AsNoTracking().VisibleTo(user, bureau: false).FindAsync("Bank", c.BankId, cancellationToken);
        var now = clock.GetUtcNow();
        var number = "6217" + string.Concat(Enumerable.Range(0, 12).Select(_ => (char)('0' + System.Security.Cryptography.RandomNumberGenerator.GetInt32(10))));
        var account = new LedgerAccount(LedgerAccountKind.CustomerDeposit, c.BankId, number, null, c.HolderName.Trim(),
            Identifiers.Mask(c.IdNumber.ToUpperInvariant()), null, now);
        db.LedgerAccounts.Add(account);
        if (c.OpeningBalance > 0)
        {
            // money paid in at the bank's branch: the vault receives it, the customer is owed it
            var vault = await BankBooks.AccountAsync(db, c.BankId, LedgerAccountKind.BankVault, now, cancellationToken);
            db.Postings.Add(Posting.Create([(vault, account, c.OpeningBalance)], ChinaTime.DateOf(now), now));
        }
        return new AccountResponse(account.Id, account.Number, account.HolderName!, account.MaskedIdNumber!, account.Balance, account.OpenedAt);
    }
}
