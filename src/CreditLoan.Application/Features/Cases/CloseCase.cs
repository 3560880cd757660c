using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Cases;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Cases;

/// <summary>The bureau closes an answered case with its outcome and the reason in plain words; the answer's timeliness is kept (closedOnTime).</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record CloseCaseCommand(CaseOutcome Outcome, [property: MultiLine] string Reason) : ICommand<CaseResponse>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid CaseId { get; init; }
}

public sealed class CloseCaseValidator : AbstractValidator<CloseCaseCommand>
{
    public CloseCaseValidator()
    {
        RuleFor(c => c.Outcome).IsInEnum().OverridePropertyName("outcome");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(ServiceCase.MaxText).OverridePropertyName("reason");
    }
}

public sealed class CloseCaseHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CloseCaseCommand, CaseResponse>
{
    public async ValueTask<CaseResponse> Handle(CloseCaseCommand c, CancellationToken ct)
    {
        var @case = await db.Cases.Include(x => x.History).VisibleTo(user).FindAsync("Case", c.CaseId, ct);
        var now = clock.GetUtcNow();
        @case.Close(c.Outcome, c.Reason, now, user.AuditName());
        var names = await AssigneeNames.LoadAsync(db, [@case], ct);
        return CaseResponse.From(@case, now, user, names(@case), withHistory: true);
    }
}
