using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Cases;

/// <summary>What a case is about, with the parties it involves: the enterprise concerned, the bank, the station.</summary>
internal sealed record CaseSubject(CaseSubjectType Type, Guid Id, Guid? EnterpriseId, Guid? BankId, Guid? StationId)
{
    /// <summary>The party a triage names: the subject's bank or station, or the bureau (null id).</summary>
    public Guid? AssigneeFor(CaseParty party) => party switch
    {
        CaseParty.Bank => BankId,
        CaseParty.Station => StationId,
        _ => null,
    };
}

internal static class CaseSubjects
{
    /// <summary>
    /// The subject as the caller may name it (404 otherwise): an enterprise its own applications and loans, any bank or station;
    /// an agent the applications its station submitted for its delegators, its station's transactions, its own station, any
    /// bank; the bureau anything. With <paramref name="user"/> null (triage) nothing is filtered.
    /// </summary>
    public static async Task<CaseSubject> FindAsync(IAppDbContext db, ICurrentUser? user, CaseSubjectType type, Guid id, CancellationToken ct)
    {
        var all = user is null || user.IsInRole(Roles.Bureau);
        var agentStation = user is not null && user.IsInRole(Roles.Agent) ? user.StationId : null;
        var found = type switch
        {
            CaseSubjectType.Application => await (user is null ? db.Applications : db.Applications.VisibleTo(user, db)).AsNoTracking()
                .Where(a => a.Id == id).Select(a => new CaseSubject(type, a.Id, a.EnterpriseId, a.BankId, a.SubmittedByStationId)).FirstOrDefaultAsync(ct),
            CaseSubjectType.Loan => await (user is null ? db.Loans : db.Loans.VisibleTo(user)).AsNoTracking()
                .Where(l => l.Id == id).Select(l => new CaseSubject(type, l.Id, l.EnterpriseId, l.BankId, null)).FirstOrDefaultAsync(ct),
            CaseSubjectType.StationTransaction => await (
                    from t in db.StationTransactions.AsNoTracking()
                    join s in db.Stations.AsNoTracking() on t.StationId equals s.Id
                    where t.Id == id && (all || t.StationId == agentStation)
                    select new CaseSubject(type, t.Id, null, s.PartnerBankId, s.Id)).FirstOrDefaultAsync(ct),
            CaseSubjectType.Bank => await db.Banks.AsNoTracking().Where(b => b.Id == id).Select(b => new CaseSubject(type, b.Id, null, b.Id, null)).FirstOrDefaultAsync(ct),
            _ => await (user is null ? db.Stations : db.Stations.ListedFor(user)).AsNoTracking()
                .Where(s => s.Id == id).Select(s => new CaseSubject(type, s.Id, null, s.PartnerBankId, s.Id)).FirstOrDefaultAsync(ct),
        };
        return found ?? throw new NotFoundException(type.ToString(), id);
    }
}
