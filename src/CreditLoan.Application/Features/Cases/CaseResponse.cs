using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Cases;
using CreditLoan.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Cases;

public sealed record CaseEventResponse(CaseStatus Status, DateTimeOffset At, string By, string? Note);

/// <summary>The villager an agent (or the bureau) lodged the case for; the phone masked for the assignee.</summary>
public sealed record OnBehalfOfResponse(string Name, string Phone);

/// <summary>A case as its parties see it; <see cref="History"/> (its timeline) only on the query of one case, null in lists.</summary>
public sealed record CaseResponse(
    Guid Id,
    string CaseNo,
    CaseStatus Status,
    CaseSubjectType SubjectType,
    Guid SubjectId,
    string Description,
    CaseLodger LodgedBy,
    OnBehalfOfResponse? OnBehalfOf,
    Guid? EnterpriseId,
    Guid? LodgerStationId,
    DateTimeOffset LodgedAt,
    CaseTier? Tier,
    CaseCause? Cause,
    CaseParty? AssignTo,
    Guid? AssigneeId,
    string? AssigneeName,
    DateTimeOffset? AssignedAt,
    DateTimeOffset? DueAt,
    bool Overdue,
    string? Answer,
    DateTimeOffset? AnsweredAt,
    CaseOutcome? Outcome,
    string? Reason,
    DateTimeOffset? ClosedAt,
    bool? ClosedOnTime,
    Guid? FollowUpOfRatingId,
    IReadOnlyList<CaseEventResponse>? History) : IEntityResponse
{
    public static CaseResponse From(ServiceCase c, DateTimeOffset now, ICurrentUser user, string? assigneeName, bool withHistory)
    {
        // the person's phone is for the bureau and the station that lodged the case; the assignee answers through the platform
        var fullPhone = user.IsInRole(Roles.Bureau) || (user.IsInRole(Roles.Agent) && user.StationId == c.LodgerStationId);
        var onBehalfOf = c.OnBehalfOfName is null && c.OnBehalfOfPhone is null ? null
            : new OnBehalfOfResponse(c.OnBehalfOfName ?? "", c.OnBehalfOfPhone is { } p ? fullPhone ? p : Identifiers.Mask(p) : "");
        return new CaseResponse(c.Id, c.CaseNo, c.Status, c.SubjectType, c.SubjectId, c.Description, c.LodgedBy, onBehalfOf, c.EnterpriseId, c.LodgerStationId,
            c.LodgedAt, c.Tier, c.Cause, c.AssignedTo, c.AssigneeId, assigneeName, c.AssignedAt, c.DueAt, c.IsOverdueAt(now), c.Answer, c.AnsweredAt,
            c.Outcome, c.CloseReason, c.ClosedAt, c.ClosedOnTime, c.FollowUpOfRatingId,
            withHistory ? c.History.OrderBy(h => h.Sequence).Select(h => new CaseEventResponse(h.Status, h.At, h.By, h.Note)).ToList() : null);
    }
}

/// <summary>The names of the banks and stations cases are assigned to (平台 for the bureau).</summary>
internal static class AssigneeNames
{
    public const string Bureau = "行政审批局";

    public static async Task<Func<ServiceCase, string?>> LoadAsync(IAppDbContext db, IReadOnlyCollection<ServiceCase> cases, CancellationToken ct)
    {
        var banks = cases.Where(c => c.AssignedTo == CaseParty.Bank).Select(c => c.AssigneeId!.Value).Distinct().ToList();
        var stations = cases.Where(c => c.AssignedTo == CaseParty.Station).Select(c => c.AssigneeId!.Value).Distinct().ToList();
        var names = new Dictionary<Guid, string>();
        if (banks.Count > 0)
            foreach (var b in await db.Banks.AsNoTracking().Where(b => banks.Contains(b.Id)).Select(b => new { b.Id, b.Name }).ToListAsync(ct)) names[b.Id] = b.Name;
        if (stations.Count > 0)
            foreach (var s in await db.Stations.AsNoTracking().Where(s => stations.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(ct)) names[s.Id] = s.Name;
        return c => c.AssignedTo switch
        {
            CaseParty.Bureau => Bureau,
            null => null,
            _ => names.GetValueOrDefault(c.AssigneeId!.Value),
        };
    }
}
