using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Calendar;
using CreditLoan.Domain.Cases;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Cases;

/// <summary>
/// The bureau triages an open case: its tier (so its due time on the working-day calendar), its cause, and who answers it — the
/// bank or the station the case is about, or the bureau itself.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record TriageCaseCommand(CaseTier Tier, CaseCause Cause, CaseParty AssignTo) : ICommand<CaseResponse>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid CaseId { get; init; }
}

public sealed class TriageCaseValidator : AbstractValidator<TriageCaseCommand>
{
    public TriageCaseValidator()
    {
        RuleFor(c => c.Tier).IsInEnum().OverridePropertyName("tier");
        RuleFor(c => c.Cause).IsInEnum().OverridePropertyName("cause");
        RuleFor(c => c.AssignTo).IsInEnum().OverridePropertyName("assignTo");
    }
}

public sealed class TriageCaseHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, CalendarProvider calendars)
    : ICommandHandler<TriageCaseCommand, CaseResponse>
{
    public async ValueTask<CaseResponse> Handle(TriageCaseCommand c, CancellationToken ct)
    {
        var @case = await db.Cases.Include(x => x.History).VisibleTo(user).FindAsync("Case", c.CaseId, ct);
        var subject = await CaseSubjects.FindAsync(db, null, @case.SubjectType, @case.SubjectId, ct);
        var now = clock.GetUtcNow();
        @case.Triage(c.Tier, c.Cause, c.AssignTo, subject.AssigneeFor(c.AssignTo), await calendars.CurrentAsync(ct), now, user.AuditName());
        var names = await AssigneeNames.LoadAsync(db, [@case], ct);
        return CaseResponse.From(@case, now, user, names(@case), withHistory: true);
    }
}
