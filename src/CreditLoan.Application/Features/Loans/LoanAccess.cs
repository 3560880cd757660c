using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Applications;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Loans;

internal static class LoanAccess
{
    public static async Task<Loan?> FindAsync(IAppDbContext db, Guid id, bool tracked, CancellationToken ct)
    {
        var loans = tracked ? db.Loans : db.Loans.AsNoTracking();
        return await loans.Include(l => l.Repayments).FirstOrDefaultAsync(l => l.Id == id, ct);
    }

    public static bool CanSee(ICurrentUser user, Loan l) => user.Role switch
    {
        Roles.Bureau => true,
        Roles.Bank => user.BankId == l.BankId,
        Roles.Enterprise => user.EnterpriseId == l.EnterpriseId,
        _ => false,
    };
}
