using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Messages;

/// <summary>One message of the enterprise's own marked read (again: nothing changes); another enterprise's is 404.</summary>
[AuthorizeRoles(Roles.Enterprise)]
public sealed record MarkMessageReadCommand(Guid MessageId) : ICommand<UnreadMessagesResponse>, ITargetsEntity
{
    public string AuditEntityId => MessageId.ToString();
}

public sealed class MarkMessageReadHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<MarkMessageReadCommand, UnreadMessagesResponse>
{
    public async ValueTask<UnreadMessagesResponse> Handle(MarkMessageReadCommand command, CancellationToken cancellationToken)
    {
        var message = await db.Messages.VisibleTo(user).FindAsync("Message", command.MessageId, cancellationToken);
        message.MarkRead(clock.GetUtcNow());
        // the one just read is saved by the transaction behaviour after this count
        return new(await db.Messages.VisibleTo(user).CountAsync(m => m.ReadAt == null && m.Id != message.Id, cancellationToken));
    }
}
