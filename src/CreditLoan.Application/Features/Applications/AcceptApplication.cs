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
public sealed record AcceptApplicationCommand(Guid ApplicationId) : ICommand<ApplicationResponse>;

public sealed class AcceptApplicationHandler(IAppDbContext db, ICurrentUser user, CalendarProvider calendar, IOptions<ServiceTimeLimits> limits,
    TimeProvider clock) : ICommandHandler<AcceptApplicationCommand, ApplicationResponse>
{
    public async ValueTask<ApplicationResponse> Handle(AcceptApplicationCommand command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.History).VisibleTo(user, db).FindAsync("Application", command.ApplicationId, cancellationToken);
        var now = clock.GetUtcNow();
        application.Accept(now, await calendar.DeadlineAsync(now, limits.Value.DecideWorkingDays, cancellationToken), user.AuditName());
        return ApplicationResponse.From(application, now);
    }
}
