using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Billers;
using FluentValidation;
using Mediator;

namespace CreditLoan.Application.Features.Billers;

/// <summary>A new biller: a bank's for its partner stations, or, made by the bureau, a county-wide one.</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank)]
public sealed record CreateBillerCommand(string Name, BillerCategory Category, string? BillNoHint) : ICommand<BillerResponse>;

public sealed class CreateBillerValidator : AbstractValidator<CreateBillerCommand>
{
    public CreateBillerValidator() => BillerRules.Add(this, c => c.Name, c => c.Category, c => c.BillNoHint);
}

public sealed class CreateBillerHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateBillerCommand, BillerResponse>
{
    public async ValueTask<BillerResponse> Handle(CreateBillerCommand c, CancellationToken ct)
    {
        var bankId = user.IsInRole(Roles.Bank) ? user.RequireBankId() : (Guid?)null;
        var biller = new Biller(bankId, c.Name, c.Category, c.BillNoHint, clock.GetUtcNow(), user.AuditName());
        db.Billers.Add(biller);
        return await BillerBanks.ResponseAsync(db, biller, ct);
    }
}
