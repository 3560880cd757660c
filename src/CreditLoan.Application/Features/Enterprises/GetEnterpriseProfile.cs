using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Enterprises;

/// <summary>
/// One enterprise as the bureau's directory opens it: the registry's profile, its grade and score as stored, and its latest
/// applications. The credit report itself is read through <see cref="Credit.GetCreditReportQuery"/>, audited on every read.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record GetEnterpriseProfileQuery(Guid EnterpriseId) : IQuery<EnterpriseProfileResponse>;

public sealed record EnterpriseApplicationItem(Guid Id, string Number, string BankName, string ProductName, decimal Amount, ApplicationStatus Status,
    DateTimeOffset SubmittedAt);

/// <param name="Applications">The latest <see cref="GetEnterpriseProfileHandler.Latest"/> applications, newest first; <paramref name="ApplicationCount"/> all of them.</param>
public sealed record EnterpriseProfileResponse(EnterpriseResponse Enterprise, CreditGrade? Grade, int? Score, DateOnly? GradedAsOf, int ApplicationCount,
    IReadOnlyList<EnterpriseApplicationItem> Applications);

public sealed class GetEnterpriseProfileHandler(IAppDbContext db, Places.DivisionCatalog divisions) : IQueryHandler<GetEnterpriseProfileQuery, EnterpriseProfileResponse>
{
    public const int Latest = 50;

    public async ValueTask<EnterpriseProfileResponse> Handle(GetEnterpriseProfileQuery q, CancellationToken ct)
    {
        var e = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(x => x.Id == q.EnterpriseId, ct) ?? throw new NotFoundException("Enterprise", q.EnterpriseId);
        var profile = await db.CreditProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == e.CreditCode, ct);
        var apps = db.Applications.AsNoTracking().Where(a => a.EnterpriseId == e.Id);
        var count = await apps.CountAsync(ct);
        var latest = await (from a in apps.OrderByDescending(a => a.SubmittedAt).ThenBy(a => a.Id).Take(Latest)
                            join b in db.Banks.AsNoTracking() on a.BankId equals b.Id
                            join p in db.Products.AsNoTracking() on a.ProductId equals p.Id
                            select new { a.Id, Bank = b.Name, Product = p.Name, a.RequestedAmount, a.Status, a.SubmittedAt }).ToListAsync(ct);
        var items = latest.OrderByDescending(a => a.SubmittedAt).ThenBy(a => a.Id)
            .Select(a => new EnterpriseApplicationItem(a.Id, LoanApplication.NumberOf(a.Id, a.SubmittedAt), a.Bank, a.Product, a.RequestedAmount, a.Status, a.SubmittedAt))
            .ToList();
        return new EnterpriseProfileResponse(EnterpriseResponse.From(e, divisions), profile?.Grade, profile?.Score, profile?.AsOf, count, items);
    }
}
