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

[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Enterprise)]
public sealed record GetLoanQuery(Guid LoanId) : IQuery<LoanResponse>;

public sealed class GetLoanHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetLoanQuery, LoanResponse>
{
    public async ValueTask<LoanResponse> Handle(GetLoanQuery query, CancellationToken cancellationToken)
    {
        var loan = await db.Loans.AsNoTracking().Include(l => l.Repayments).VisibleTo(user).FindAsync("Loan", query.LoanId, cancellationToken);
        return LoanResponse.From(loan, ChinaTime.Today(clock)) with
        {
            EnterpriseName = await db.Enterprises.Where(e => e.Id == loan.EnterpriseId).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken),
            BankName = await db.Banks.Where(b => b.Id == loan.BankId).Select(b => b.Name).FirstOrDefaultAsync(cancellationToken),
        };
    }
}
