using CreditLoan.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Messages;

/// <summary>How many messages of the enterprise's message centre are unread (the navigation's badge).</summary>
[AuthorizeRoles(Roles.Enterprise)]
public sealed record CountUnreadMessagesQuery : IQuery<UnreadMessagesResponse>;

public sealed record UnreadMessagesResponse(int Unread);

public sealed class CountUnreadMessagesHandler(Common.IAppDbContext db, ICurrentUser user) : IQueryHandler<CountUnreadMessagesQuery, UnreadMessagesResponse>
{
    public async ValueTask<UnreadMessagesResponse> Handle(CountUnreadMessagesQuery query, CancellationToken cancellationToken) =>
        new(await db.Messages.AsNoTracking().VisibleTo(user).CountAsync(m => m.ReadAt == null, cancellationToken));
}
