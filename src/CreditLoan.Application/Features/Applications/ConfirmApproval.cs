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
public sealed record ConfirmApprovalCommand(Guid ApplicationId) : ICommand<ApplicationResponse>;

public sealed class ConfirmApprovalHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ConfirmApprovalCommand, ApplicationResponse>
{
    public async ValueTask<ApplicationResponse> Handle(ConfirmApprovalCommand command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.History).VisibleTo(user, db).FindAsync("Application", command.ApplicationId, cancellationToken);
        var now = clock.GetUtcNow();
        application.ConfirmApproval(now, user.AuditName());
        return ApplicationResponse.From(application, now);
    }
}
