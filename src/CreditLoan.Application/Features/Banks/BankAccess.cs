using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Banks;

internal static class BankAccess
{
    /// <summary>A bank officer sees only their own bank; the bureau sees every bank; anyone else gets 404.</summary>
    public static void EnsureCanSee(ICurrentUser user, Guid bankId, bool bureauAllowed)
    {
        var own = user.IsInRole(Roles.Bank) && user.BankId == bankId;
        if (!own && !(bureauAllowed && user.IsInRole(Roles.Bureau))) throw new NotFoundException("Bank", bankId);
    }
}
