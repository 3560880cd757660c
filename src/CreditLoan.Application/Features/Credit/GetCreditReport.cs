using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Scoring;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Credit;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Credit;

/// <summary>
/// An enterprise's credit report: the enterprise itself, the bureau, or a bank holding a live consent. Every read,
/// allowed or refused, is audited with who read it, whose it is and why.
/// </summary>
[AuthorizeRoles(Roles.Enterprise, Roles.Bureau, Roles.Bank)]
public sealed record GetCreditReportQuery(Guid EnterpriseId, string? Purpose = null) : IQuery<CreditReportResponse>;

public sealed record CreditReportResponse(
    Guid EnterpriseId,
    string CreditCode,
    string Name,
    int Score,
    CreditGrade Grade,
    DateOnly AsOf,
    DateTimeOffset ComputedAt,
    IReadOnlyList<CreditFactor> Factors,
    IReadOnlyList<string> KnockOuts)
{
    /// <summary>The knock-outs as text keys and values, for a reader that writes them in its own language.</summary>
    public IReadOnlyList<TextKey> KnockOutTexts { get; init; } = [];
}

public sealed class GetCreditReportValidator : AbstractValidator<GetCreditReportQuery>
{
    public GetCreditReportValidator() => RuleFor(q => q.Purpose).MaximumLength(200).OverridePropertyName("purpose");
}

public sealed class GetCreditReportHandler(IAppDbContext db, ICurrentUser user, ICreditDataReader reader, IWriteGate gate, TimeProvider clock)
    : IQueryHandler<GetCreditReportQuery, CreditReportResponse>
{
    public async ValueTask<CreditReportResponse> Handle(GetCreditReportQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == query.EnterpriseId, cancellationToken);
        var why = enterprise is null ? null : await WhyAllowedAsync(enterprise.Id, now, cancellationToken);
        if (enterprise is null || why is null)
        {
            await AuditAsync(query, "Refused", "no right to read this report" + Purpose(query), cancellationToken);
            throw new NotFoundException("Enterprise", query.EnterpriseId);
        }

        var profile = await db.CreditProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == enterprise.CreditCode, cancellationToken);
        var data = await reader.ReadAsync(enterprise.CreditCode, cancellationToken);
        // Evaluated on the profile's own date, so the report shows exactly the stored score and grade.
        var asOf = profile?.AsOf ?? ChinaTime.DateOf(now);
        var score = Scorecard.Evaluate(data, asOf);
        await AuditAsync(query, "Succeeded", why + Purpose(query), cancellationToken);
        return new CreditReportResponse(enterprise.Id, enterprise.CreditCode, enterprise.Name, score.Score, score.Grade, asOf,
            profile?.ComputedAt ?? now, score.Factors, score.KnockOuts) { KnockOutTexts = score.KnockOutTexts };
    }

    private static string Purpose(GetCreditReportQuery q) => string.IsNullOrWhiteSpace(q.Purpose) ? "" : $"; purpose: {q.Purpose}";

    /// <summary>Why this caller may read the report, or null.</summary>
    private async Task<string?> WhyAllowedAsync(Guid enterpriseId, DateTimeOffset now, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Enterprise)) return user.EnterpriseId == enterpriseId ? "own report" : null;
        if (user.IsInRole(Roles.Bureau)) return "bureau supervision";
        if (user.IsInRole(Roles.Bank) && user.BankId is { } bankId)
        {
            var consents = await db.Consents.AsNoTracking().Where(c => c.EnterpriseId == enterpriseId && c.BankId == bankId && c.RevokedAt == null)
                .ToListAsync(ct);
            var live = consents.Where(c => c.IsLiveAt(now)).OrderByDescending(c => c.GrantedAt).FirstOrDefault();
            return live is null ? null : $"consent {live.Id} for application {live.ApplicationId}";
        }
        return null;
    }

    private async Task AuditAsync(GetCreditReportQuery q, string outcome, string detail, CancellationToken ct)
    {
        using var _ = await gate.EnterAsync(ct);
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), user.AuditName(), user.Role, "ReadCreditReport", q.EnterpriseId.ToString(), outcome, detail));
        await db.SaveChangesAsync(ct);
    }
}
