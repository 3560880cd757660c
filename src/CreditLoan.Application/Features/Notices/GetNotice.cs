using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Notices;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Notices;

[AuthorizeRoles(Roles.Bureau)]
public sealed record GetNoticeQuery(Guid Id) : IQuery<NoticeResponse>;

public sealed class GetNoticeHandler(IAppDbContext db, Places.DivisionCatalog divisions) : IQueryHandler<GetNoticeQuery, NoticeResponse>
{
    public async ValueTask<NoticeResponse> Handle(GetNoticeQuery q, CancellationToken ct)
    {
        var notice = await db.Notices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == q.Id, ct) ?? throw new NotFoundException("Notice", q.Id);
        return await NoticeDelivery.WithCountsAsync(db, divisions, notice, ct);
    }
}
