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

/// <summary>The enterprise (or its authorised agent) withdraws before approval.</summary>
[AuthorizeRoles(Roles.Enterprise, Roles.Agent)]
public sealed record WithdrawApplicationCommand(Guid ApplicationId) : ICommand<ApplicationResponse>;

public sealed class WithdrawApplicationHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<WithdrawApplicationCommand, ApplicationResponse>
{
    public async ValueTask<ApplicationResponse> Handle(WithdrawApplicationCommand command, CancellationToken cancellationToken)
    {
        // the enterprise (or its authorised agent) withdraws; the bank may see the application but not withdraw it
        var application = user.IsInRole(Roles.Bank) ? throw new NotFoundException("Application", command.ApplicationId)
            : await db.Applications.Include(a => a.History).VisibleTo(user, db).FindAsync("Application", command.ApplicationId, cancellationToken);
        var now = clock.GetUtcNow();
        application.Withdraw(now, user.AuditName());
        return ApplicationResponse.From(application, now);
    }
}
