using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using FluentValidation;
using Mediator;

namespace CreditLoan.Application.Features.Applications;

/// <summary>
/// The bureau's 督办 of one application (docs/applications.md, "Overdue supervision"): a note that joins the application's
/// history — the bank reads it on its application page, the bureau on its own — and goes to the bank through the outbox
/// (<c>SupervisionNote</c> to <c>bank:{bankId}</c>), in the command's one transaction with its audit row.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record SuperviseApplicationCommand([property: MultiLine] string Text) : ICommand<SupervisionNoteResponse>, ITargetsEntity
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ApplicationId { get; init; }

    string ITargetsEntity.AuditEntityId => ApplicationId.ToString();
}

public sealed record SupervisionNoteResponse(Guid Id, Guid ApplicationId, Guid BankId, ApplicationStatus Status, string Text, DateTimeOffset At, string By);

public sealed class SuperviseApplicationValidator : AbstractValidator<SuperviseApplicationCommand>
{
    public SuperviseApplicationValidator() =>
        RuleFor(c => c.Text).NotEmpty().MaximumLength(SupervisionNote.MaxText).OverridePropertyName("text");
}

public sealed class SuperviseApplicationHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SuperviseApplicationCommand, SupervisionNoteResponse>
{
    public async ValueTask<SupervisionNoteResponse> Handle(SuperviseApplicationCommand command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.VisibleTo(user, db).FindAsync("Application", command.ApplicationId, cancellationToken);
        var now = clock.GetUtcNow();
        var note = application.Supervise(command.Text, now, user.AuditName());
        db.SupervisionNotes.Add(note);
        db.Notify("SupervisionNote", $"bank:{application.BankId}", new
        {
            applicationId = application.Id, noteId = note.Id, status = application.Status.ToString(),
            number = LoanApplication.NumberOf(application.Id, application.SubmittedAt),
            text = $"督办：申请 {LoanApplication.NumberOf(application.Id, application.SubmittedAt)}：{note.Text}",
        }, now, $"supervision:{note.Id:N}");
        return new SupervisionNoteResponse(note.Id, note.ApplicationId, note.BankId, note.Status, note.Text, note.At, note.By);
    }
}
