using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Products;
using CreditLoan.Application.Scoring;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Needs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Applications;

/// <summary>
/// The bank's file on one application (its officer's page): the application, who applied — name, credit code, township and
/// industry with their names, years in business, grade, the contact phone (for a villager registered by a station's agent, 帮办代办,
/// the villager's own mobile) — the need it answers, the product's terms, the consent to read the
/// credit report, and who proposed the terms held for a second officer. The report itself is not read here: reading it is
/// <see cref="Credit.GetCreditReportQuery"/>, audited on every read.
/// </summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank)]
public sealed record GetApplicationDossierQuery(Guid ApplicationId) : IQuery<ApplicationDossierResponse>;

public sealed record ApplicantResponse(
    Guid Id,
    string Name,
    string CreditCode,
    EnterpriseType Type,
    string DivisionCode,
    string? DivisionName,
    string TownshipCode,
    string? TownshipName,
    string Industry,
    string? IndustryName,
    DateOnly EstablishedOn,
    int YearsInBusiness,
    CreditGrade? Grade,
    string Phone);

public sealed record DossierNeedResponse(Guid Id, decimal Amount, int TermMonths, string Purpose, Collateral Collateral, decimal? MaxAnnualRate);

/// <summary>
/// A step of the application with who took it as a person reads it (display name and user name); or, with
/// <paramref name="Supervision"/>, the bureau's 督办 note (the state it pressed, its text as <paramref name="Note"/>).
/// </summary>
public sealed record DossierEventResponse(ApplicationStatus Status, DateTimeOffset At, string By, string? ByDisplayName, string? Note, bool Supervision = false);

/// <summary>The consent the application granted: live while the bank may read the credit report.</summary>
public sealed record DossierConsentResponse(DateTimeOffset GrantedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, bool Live);

public sealed record ApplicationDossierResponse(
    ApplicationResponse Application,
    ApplicantResponse Enterprise,
    ProductResponse Product,
    DossierNeedResponse? Need,
    DossierConsentResponse? Consent,
    IReadOnlyList<DossierEventResponse> History,
    string? ProposedBy,
    string? ProposedByDisplayName,
    bool ProposedByCaller,
    string? SubmittedByStation);

public sealed class GetApplicationDossierHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Places.DivisionCatalog divisions)
    : IQueryHandler<GetApplicationDossierQuery, ApplicationDossierResponse>
{
    public async ValueTask<ApplicationDossierResponse> Handle(GetApplicationDossierQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var a = await db.Applications.AsNoTracking().Include(x => x.History).VisibleTo(user, db).FindAsync("Application", query.ApplicationId, cancellationToken);
        var e = await db.Enterprises.AsNoTracking().FirstAsync(x => x.Id == a.EnterpriseId, cancellationToken);
        var grade = await db.CreditProfiles.AsNoTracking().Where(p => p.CreditCode == e.CreditCode).Select(p => (CreditGrade?)p.Grade)
            .FirstOrDefaultAsync(cancellationToken);
        var product = await db.Products.AsNoTracking().FirstAsync(p => p.Id == a.ProductId, cancellationToken);
        var bankName = await db.Banks.AsNoTracking().Where(b => b.Id == a.BankId).Select(b => b.Name).FirstOrDefaultAsync(cancellationToken);
        var need = a.NeedId is { } needId
            ? await db.Needs.AsNoTracking().Where(n => n.Id == needId)
                .Select(n => new DossierNeedResponse(n.Id, n.Amount, n.TermMonths, n.Purpose, n.Collateral, n.MaxAnnualRate)).FirstOrDefaultAsync(cancellationToken)
            : null;
        var consent = await db.Consents.AsNoTracking().Where(c => c.ApplicationId == a.Id && c.BankId == a.BankId)
            .OrderByDescending(c => c.GrantedAt).FirstOrDefaultAsync(cancellationToken);
        var station = a.SubmittedByStationId is { } stationId
            ? await db.Stations.AsNoTracking().Where(s => s.Id == stationId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken)
            : null;

        var notes = await db.SupervisionNotes.AsNoTracking().Where(n => n.ApplicationId == a.Id).ToListAsync(cancellationToken);

        // the audit names ("user (id)") of the history, the bureau's notes and the proposer, as the people's display names
        var ids = a.History.Select(h => h.By).Concat(notes.Select(n => n.By)).Append(a.ProposedBy).Select(UserIdOf).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string? Display(string? by) => UserIdOf(by) is { } id && names.TryGetValue(id, out var name) && name.Length > 0 ? name : null;

        var applicant = new ApplicantResponse(e.Id, e.Name, e.CreditCode, e.Type, e.DivisionCode, divisions.NameOf(e.DivisionCode), e.Township,
            divisions.TownshipNameOf(e.DivisionCode), e.Industry, Domain.Places.Industries.NameOf(e.Industry), e.EstablishedOn,
            Scorecard.FullYears(e.EstablishedOn, ChinaTime.DateOf(now)), grade, e.Phone);
        // the steps in their order, each 督办 note where it falls between them
        var history = a.History.OrderBy(h => h.Sequence).Select(h => new DossierEventResponse(h.Status, h.At, UserNameOf(h.By), Display(h.By), h.Note))
            .Concat(notes.Select(n => new DossierEventResponse(n.Status, n.At, UserNameOf(n.By), Display(n.By), n.Text, Supervision: true)))
            .OrderBy(e => e.At).ToList();   // a stable sort: steps at one instant keep their sequence
        var pending = a.Status == ApplicationStatus.ApprovalPending;
        return new ApplicationDossierResponse(ApplicationResponse.From(a, now), applicant, product.ToResponse() with { BankName = bankName }, need,
            consent is null ? null : new DossierConsentResponse(consent.GrantedAt, consent.ExpiresAt, consent.RevokedAt, consent.IsLiveAt(now)),
            history, a.ProposedBy is null ? null : UserNameOf(a.ProposedBy), Display(a.ProposedBy),
            pending && a.ProposedBy == user.AuditName(), station);
    }

    /// <summary>The user id of an audit name "userName (id)"; null for a name without one (the system, a job).</summary>
    private static string? UserIdOf(string? by) =>
        by is { Length: > 0 } && by.EndsWith(')') && by.LastIndexOf(" (", StringComparison.Ordinal) is var open and > 0 ? by[(open + 2)..^1] : null;

    private static string UserNameOf(string by) => UserIdOf(by) is null ? by : by[..by.LastIndexOf(" (", StringComparison.Ordinal)];
}
