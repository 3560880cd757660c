using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Billers;
using FluentValidation;
using Mediator;

namespace CreditLoan.Application.Features.Billers;

/// <summary>Changes a biller's name, category and bill-number hint: a bank its own, the bureau any; others 404.</summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank)]
public sealed record UpdateBillerCommand(string Name, BillerCategory Category, string? BillNoHint) : ICommand<BillerResponse>, ITargetsEntity
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid BillerId { get; init; }

    public string AuditEntityId => BillerId.ToString();
}

public sealed class UpdateBillerValidator : AbstractValidator<UpdateBillerCommand>
{
    public UpdateBillerValidator() => BillerRules.Add(this, c => c.Name, c => c.Category, c => c.BillNoHint);
}

public sealed class UpdateBillerHandler(IAppDbContext db, ICurrentUser user) : ICommandHandler<UpdateBillerCommand, BillerResponse>
{
    public async ValueTask<BillerResponse> Handle(UpdateBillerCommand c, CancellationToken ct)
    {
        var biller = await db.Billers.ManagedBy(user).FindAsync("Biller", c.BillerId, ct);
        biller.Change(c.Name, c.Category, c.BillNoHint);
        return await BillerBanks.ResponseAsync(db, biller, ct);
    }
}
