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

internal static class ApplicationAccess
{
    /// <summary>The application, tracked with its history, when it was made to the caller's bank; otherwise 404.</summary>
    public static async Task<LoanApplication> OwnBanksAsync(IAppDbContext db, ICurrentUser user, Guid id, CancellationToken ct)
    {
        var bankId = user.RequireBankId();
        return await db.Applications.Include(a => a.History).FirstOrDefaultAsync(a => a.Id == id && a.BankId == bankId, ct)
               ?? throw new NotFoundException("Application", id);
    }

    /// <summary>Closing an application starts its consent's 90 days.</summary>
    public static async Task CloseConsentAsync(IAppDbContext db, LoanApplication a, DateTimeOffset at, CancellationToken ct)
    {
        var consent = await db.Consents.FirstOrDefaultAsync(c => c.ApplicationId == a.Id, ct);
        consent?.ApplicationClosed(at);
    }
}
