using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Cases;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Cases;

/// <summary>The party a case is assigned to — a bank, a station, or the bureau — answers it (the reason and what was done).</summary>
[AuthorizeRoles(Roles.Bank, Roles.Agent, Roles.Bureau)]
public sealed record ReplyCaseCommand([property: MultiLine] string Text) : ICommand<CaseResponse>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid CaseId { get; init; }
}

public sealed class ReplyCaseValidator : AbstractValidator<ReplyCaseCommand>
{
    public ReplyCaseValidator() => RuleFor(c => c.Text).NotEmpty().MaximumLength(ServiceCase.MaxText).OverridePropertyName("text");
}

public sealed class ReplyCaseHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ReplyCaseCommand, CaseResponse>
{
    public async ValueTask<CaseResponse> Handle(ReplyCaseCommand c, CancellationToken ct)
    {
        var @case = await db.Cases.Include(x => x.History).VisibleTo(user).FindAsync("Case", c.CaseId, ct);
        var (party, id) = user.Role switch
        {
            Roles.Bank => (CaseParty.Bank, user.BankId),
            Roles.Agent => (CaseParty.Station, user.StationId),
            _ => (CaseParty.Bureau, (Guid?)null),
        };
        var now = clock.GetUtcNow();
        @case.Reply(c.Text, party, id, now, user.AuditName());
        var names = await AssigneeNames.LoadAsync(db, [@case], ct);
        return CaseResponse.From(@case, now, user, names(@case), withHistory: true);
    }
}
