using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Calendar;
using CreditLoan.Application.Features.Needs;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CreditLoan.Application.Features.Applications;

[AuthorizeRoles(Roles.Bank)]
public sealed record RejectApplicationCommand([property: MultiLine] string Reason) : ICommand<ApplicationResponse>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ApplicationId { get; init; }
}

public sealed class RejectApplicationValidator : AbstractValidator<RejectApplicationCommand>
{
    public RejectApplicationValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).OverridePropertyName("reason");
}

public sealed class RejectApplicationHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RejectApplicationCommand, ApplicationResponse>
{
    public async ValueTask<ApplicationResponse> Handle(RejectApplicationCommand command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.History).VisibleTo(user, db).FindAsync("Application", command.ApplicationId, cancellationToken);
        var now = clock.GetUtcNow();
        application.Reject(command.Reason, now, user.AuditName());
        return ApplicationResponse.From(application, now);
    }
}
