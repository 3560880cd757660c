using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Products;
using CreditLoan.Application.Matching;
using CreditLoan.Domain.Needs;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Needs;

[AuthorizeRoles(Roles.Enterprise)]
public sealed record CloseNeedCommand(Guid NeedId) : ICommand<NeedResponse>, ITargetsEntity
{
    public string AuditEntityId => NeedId.ToString();
}

public sealed class CloseNeedHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, NeedFacts facts, CommitCallbacks callbacks)
    : ICommandHandler<CloseNeedCommand, NeedResponse>
{
    public async ValueTask<NeedResponse> Handle(CloseNeedCommand command, CancellationToken cancellationToken)
    {
        var need = await db.Needs.VisibleTo(user, db, bureau: false).FindAsync("Need", command.NeedId, cancellationToken);
        var now = clock.GetUtcNow();
        need.Close(now);
        callbacks.AfterCommit(facts.Invalidate);
        return NeedResponse.From(need, now);
    }
}
