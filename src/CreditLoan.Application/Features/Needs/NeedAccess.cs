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

internal static class NeedAccess
{
    /// <summary>The need if the caller may see it, otherwise 404.</summary>
    public static async Task<FinancingNeed> VisibleAsync(IAppDbContext db, ICurrentUser user, Guid needId, bool bureauAllowed, bool tracked,
        CancellationToken ct)
    {
        var query = tracked ? db.Needs : db.Needs.AsNoTracking();
        var need = await query.FirstOrDefaultAsync(n => n.Id == needId, ct);
        if (need is null || !await EnterpriseAccess.CanSeeNeedAsync(db, user, need, bureauAllowed, ct)) throw new NotFoundException("Need", needId);
        return need;
    }
}
