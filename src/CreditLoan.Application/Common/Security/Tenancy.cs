using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Common.Security;

/// <summary>
/// Who may see what (product.md §1): the one place that answers it, as query filters per aggregate. A handler reads an
/// object through its filter (<see cref="FindAsync{T}"/>), so an object of another tenant is simply not found — 404,
/// whether it exists or not. Roles are checked before (the request's <see cref="AuthorizeRolesAttribute"/>, 403).
/// </summary>
public static class Tenancy
{
    /// <summary>Applications: the enterprise, its authorised agent of the station that submitted it, the bank it was made to, the bureau.</summary>
    public static IQueryable<LoanApplication> VisibleTo(this IQueryable<LoanApplication> q, ICurrentUser user, IAppDbContext db) => user.Role switch
    {
        Roles.Bureau => q,
        Roles.Bank => q.Where(a => a.BankId == user.BankId),
        Roles.Enterprise => q.Where(a => a.EnterpriseId == user.EnterpriseId),
        Roles.Agent => q.Where(a => a.SubmittedByStationId == user.StationId
                                    && db.Delegations.Any(d => d.EnterpriseId == a.EnterpriseId && d.StationId == user.StationId)),
        _ => q.Where(_ => false),
    };

    /// <summary>Needs: the enterprise, its authorised agent of the station that posted it, and (where <paramref name="bureau"/>) the bureau.</summary>
    public static IQueryable<FinancingNeed> VisibleTo(this IQueryable<FinancingNeed> q, ICurrentUser user, IAppDbContext db, bool bureau = true) => user.Role switch
    {
        Roles.Bureau when bureau => q,
        Roles.Enterprise => q.Where(n => n.EnterpriseId == user.EnterpriseId),
        Roles.Agent => q.Where(n => n.PostedByStationId == user.StationId
                                    && db.Delegations.Any(d => d.EnterpriseId == n.EnterpriseId && d.StationId == user.StationId)),
        _ => q.Where(_ => false),
    };

    /// <summary>Loans: the enterprise, its bank, the bureau.</summary>
    public static IQueryable<Loan> VisibleTo(this IQueryable<Loan> q, ICurrentUser user) => user.Role switch
    {
        Roles.Bureau => q,
        Roles.Bank => q.Where(l => l.BankId == user.BankId),
        Roles.Enterprise => q.Where(l => l.EnterpriseId == user.EnterpriseId),
        _ => q.Where(_ => false),
    };

    /// <summary>
    /// Loans listed: the bureau all, a bank its own, an enterprise its own, and an agent the <b>overdue</b> loans of enterprises
    /// in its station's village that delegated to its station (so it can help them catch up).
    /// </summary>
    public static IQueryable<Loan> ListedFor(this IQueryable<Loan> q, ICurrentUser user, IAppDbContext db, DateTimeOffset now) => user.Role switch
    {
        Roles.Agent => q.Where(Loan.Overdue.At(now))
            .Where(l => db.Delegations.Any(d => d.EnterpriseId == l.EnterpriseId && d.StationId == user.StationId)
                        && db.Stations.Any(s => s.Id == user.StationId
                                                && db.Enterprises.Any(e => e.Id == l.EnterpriseId && e.DivisionCode == s.VillageCode))),
        _ => q.VisibleTo(user),
    };

    /// <summary>A station's books: its agents, its partner bank, the bureau.</summary>
    public static IQueryable<Station> VisibleTo(this IQueryable<Station> q, ICurrentUser user) => user.Role switch
    {
        Roles.Bureau => q,
        Roles.Bank => q.Where(s => s.PartnerBankId == user.BankId),
        Roles.Agent => q.Where(s => s.Id == user.StationId),
        _ => q.Where(_ => false),
    };

    /// <summary>The station directory: every station for the bureau and the enterprises (which choose one to authorise, 帮办授权), a bank's partner stations, an agent's own.</summary>
    public static IQueryable<Station> ListedFor(this IQueryable<Station> q, ICurrentUser user) =>
        user.IsInRole(Roles.Enterprise) ? q : q.VisibleTo(user);

    /// <summary>The counter: only the station's own agents act at it.</summary>
    public static IQueryable<Station> OperatedBy(this IQueryable<Station> q, ICurrentUser user) =>
        user.IsInRole(Roles.Agent) ? q.Where(s => s.Id == user.StationId) : q.Where(_ => false);

    /// <summary>
    /// The same rule as <see cref="OperatedBy"/> without a query, for the counter's hot path (the posting reads the station
    /// with its books anyway): 404 unless the caller is one of the station's agents.
    /// </summary>
    public static void RequireOperates(this ICurrentUser user, Guid stationId)
    {
        if (user.RequireStationId() != stationId) throw new NotFoundException("Station", stationId);
    }

    /// <summary>
    /// Paper authorisations (授权委托书): the bureau all, an agent its station's; nobody else any (the paper carries the villager's
    /// identity number and signature).
    /// </summary>
    public static IQueryable<Domain.Consents.PaperAuthorisation> VisibleTo(this IQueryable<Domain.Consents.PaperAuthorisation> q, ICurrentUser user) => user.Role switch
    {
        Roles.Bureau => q,
        Roles.Agent => q.Where(a => a.StationId == user.StationId),
        _ => q.Where(_ => false),
    };

    /// <summary>
    /// Billers (缴费单位, issue 18): the bureau all; a bank its own and the county-wide ones; an agent those of its station's
    /// partner bank and the county-wide ones.
    /// </summary>
    public static IQueryable<Domain.Billers.Biller> VisibleTo(this IQueryable<Domain.Billers.Biller> q, ICurrentUser user, IAppDbContext db) => user.Role switch
    {
        Roles.Bureau => q,
        Roles.Bank => q.Where(b => b.BankId == null || b.BankId == user.BankId),
        Roles.Agent => q.Where(b => b.BankId == null || db.Stations.Any(s => s.Id == user.StationId && s.PartnerBankId == b.BankId)),
        _ => q.Where(_ => false),
    };

    /// <summary>Billers one may change or retire: the bureau all (it keeps the county-wide ones), a bank its own.</summary>
    public static IQueryable<Domain.Billers.Biller> ManagedBy(this IQueryable<Domain.Billers.Biller> q, ICurrentUser user) => user.Role switch
    {
        Roles.Bureau => q,
        Roles.Bank => q.Where(b => b.BankId == user.BankId),
        _ => q.Where(_ => false),
    };

    /// <summary>Products: the published ones of banks not suspended for anyone, a bank's own in every state for its officers.</summary>
    public static IQueryable<LoanProduct> VisibleTo(this IQueryable<LoanProduct> q, ICurrentUser user, IAppDbContext db) =>
        user.IsInRole(Roles.Bank) ? q.Where(p => p.BankId == user.BankId || (p.Status == ProductStatus.Published && db.Banks.Any(b => b.Id == p.BankId && b.Status == BankStatus.Active)))
            : q.Where(p => p.Status == ProductStatus.Published && db.Banks.Any(b => b.Id == p.BankId && b.Status == BankStatus.Active));

    /// <summary>Accounts: the bureau manages every account, a bank's administrators their bank's; nobody else sees any.</summary>
    public static IQueryable<AppUser> ManagedBy(this IQueryable<AppUser> q, ICurrentUser user) => user.Role switch
    {
        Roles.Bureau => q,
        Roles.Bank when user.IsBankAdmin => q.Where(u => u.BankId == user.BankId && u.Role == Roles.Bank),
        _ => q.Where(_ => false),
    };

    /// <summary>One account the caller manages (never its own: nobody disables or resets themselves here); otherwise 404.</summary>
    public static async Task<AppUser> FindManagedAsync(this IQueryable<AppUser> users, ICurrentUser user, string id, CancellationToken ct)
    {
        if (id == user.UserId) throw new ForbiddenAccessException("Manage your own account through your profile (change your password); nobody disables or resets their own account.");
        return await users.ManagedBy(user).FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException("User", id);
    }

    /// <summary>Products a bank manages: its own, in every state.</summary>
    public static IQueryable<LoanProduct> OwnedBy(this IQueryable<LoanProduct> q, ICurrentUser user) =>
        user.IsInRole(Roles.Bank) ? q.Where(p => p.BankId == user.BankId) : q.Where(_ => false);

    /// <summary>A bank's own record and settings: its officers, and (where <paramref name="bureau"/>) the bureau.</summary>
    public static IQueryable<Bank> VisibleTo(this IQueryable<Bank> q, ICurrentUser user, bool bureau = true) => user.Role switch
    {
        Roles.Bureau when bureau => q,
        Roles.Bank => q.Where(b => b.Id == user.BankId),
        _ => q.Where(_ => false),
    };

    /// <summary>Messages of the message centre (站内信): an enterprise its own, nobody else's.</summary>
    public static IQueryable<Domain.Messages.EnterpriseMessage> VisibleTo(this IQueryable<Domain.Messages.EnterpriseMessage> q, ICurrentUser user) =>
        user.Role == Roles.Enterprise && user.EnterpriseId is { } id ? q.Where(m => m.EnterpriseId == id) : q.Where(_ => false);

    /// <summary>
    /// Cases (办不成事): the bureau all; an enterprise those it lodged or that are about its applications and loans; an agent those
    /// its station lodged and those assigned to its station; a bank those assigned to it. The assignee sees a case once assigned.
    /// </summary>
    public static IQueryable<Domain.Cases.ServiceCase> VisibleTo(this IQueryable<Domain.Cases.ServiceCase> q, ICurrentUser user) => user.Role switch
    {
        Roles.Bureau => q,
        Roles.Enterprise => q.Where(c => c.EnterpriseId == user.EnterpriseId),
        Roles.Agent => q.Where(c => c.LodgerStationId == user.StationId
                                    || (c.AssignedTo == Domain.Cases.CaseParty.Station && c.AssigneeId == user.StationId)),
        Roles.Bank => q.Where(c => c.AssignedTo == Domain.Cases.CaseParty.Bank && c.AssigneeId == user.BankId),
        _ => q.Where(_ => false),
    };

    /// <summary>The object with <paramref name="id"/> among those the filter lets the caller see; otherwise 404 naming <paramref name="what"/>.</summary>
    public static async Task<T> FindAsync<T>(this IQueryable<T> visible, string what, Guid id, CancellationToken ct) where T : Entity =>
        await visible.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(what, id);

    /// <summary>
    /// The enterprise the caller acts for. An enterprise user acts for itself (a different <paramref name="enterpriseId"/>
    /// is 404); an agent names the enterprise and needs its delegation to the agent's station (otherwise 404).
    /// </summary>
    public static async Task<Guid> ActingForAsync(this IAppDbContext db, ICurrentUser user, Guid? enterpriseId, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Enterprise))
        {
            var own = user.RequireEnterpriseId();
            if (enterpriseId is { } other && other != own) throw new NotFoundException("Enterprise", other);
            return own;
        }
        if (user.IsInRole(Roles.Agent))
        {
            var station = user.RequireStationId();
            if (enterpriseId is not { } id) throw new FieldValidationException("enterpriseId", "enterpriseId is required when an agent acts for an enterprise.");
            if (!await db.Delegations.AnyAsync(d => d.EnterpriseId == id && d.StationId == station, ct)) throw new NotFoundException("Enterprise", id);
            return id;
        }
        throw new ForbiddenAccessException("Only enterprises and their authorised station agents may do this.");
    }
}
