using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Cases;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Cases;

/// <summary>
/// What a case is (or would be) about, by name, and the bank and station a triage could assign it to (the portal's lodge form,
/// case page and triage form). Given a <paramref name="CaseId"/>, the case must be visible to the caller and its own subject is
/// described; without one, the subject must be one the caller may name in a case (as <see cref="LodgeCaseCommand"/>): 404 otherwise.
/// </summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Enterprise, Roles.Agent)]
public sealed record DescribeCaseSubjectQuery(CaseSubjectType Type, Guid Id, Guid? CaseId = null) : IQuery<CaseSubjectResponse>;

/// <param name="Number">The application's number (申请编号), a loan's application's number, a transaction's receipt number.</param>
/// <param name="BankName">The bank a triage to <c>Bank</c> names (null: none).</param>
/// <param name="StationName">The station a triage to <c>Station</c> names (null: none).</param>
public sealed record CaseSubjectResponse(CaseSubjectType Type, Guid Id, string? Number, string? BankName, string? StationName, Guid? ApplicationId);

public sealed class DescribeCaseSubjectHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<DescribeCaseSubjectQuery, CaseSubjectResponse>
{
    public async ValueTask<CaseSubjectResponse> Handle(DescribeCaseSubjectQuery q, CancellationToken ct)
    {
        var (type, id) = (q.Type, q.Id);
        if (q.CaseId is { } caseId)
        {
            var c = await db.Cases.AsNoTracking().VisibleTo(user).FindAsync("Case", caseId, ct);
            (type, id) = (c.SubjectType, c.SubjectId);
        }
        var subject = await CaseSubjects.FindAsync(db, q.CaseId is null ? user : null, type, id, ct);
        string? number = null;
        Guid? applicationId = null;
        switch (type)
        {
            case CaseSubjectType.Application:
                number = await db.Applications.AsNoTracking().Where(a => a.Id == id).Select(a => LoanApplication.NumberOf(a.Id, a.SubmittedAt)).FirstOrDefaultAsync(ct);
                applicationId = id;
                break;
            case CaseSubjectType.Loan:
                var app = await (from l in db.Loans.AsNoTracking()
                                 join a in db.Applications.AsNoTracking() on l.ApplicationId equals a.Id
                                 where l.Id == id
                                 select new { a.Id, a.SubmittedAt }).FirstOrDefaultAsync(ct);
                if (app is not null) (number, applicationId) = (LoanApplication.NumberOf(app.Id, app.SubmittedAt), app.Id);
                break;
            case CaseSubjectType.StationTransaction:
                number = await db.StationTransactions.AsNoTracking().Where(t => t.Id == id).Select(t => t.ReceiptNo).FirstOrDefaultAsync(ct);
                break;
        }
        var bank = subject.BankId is { } b ? await db.Banks.AsNoTracking().Where(x => x.Id == b).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var station = subject.StationId is { } s ? await db.Stations.AsNoTracking().Where(x => x.Id == s).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        return new CaseSubjectResponse(type, id, number, bank, station, applicationId);
    }
}
