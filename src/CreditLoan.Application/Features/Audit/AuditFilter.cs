using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using FluentValidation;

namespace CreditLoan.Application.Features.Audit;

/// <summary>One audit row as the bureau reads it: the actor's user name and id apart, the rest as written.</summary>
public sealed record AuditEntryResponse(long Id, DateTimeOffset At, string Actor, string? ActorUserId, string? ActorRole, string Action,
    string? EntityId, string Outcome, string? Detail)
{
    public static AuditEntryResponse From(AuditEntry e)
    {
        var id = CurrentUserExtensions.UserIdOfAuditName(e.Actor);
        var name = id is null ? e.Actor : e.Actor[..^(id.Length + 3)];
        return new AuditEntryResponse(e.Id, e.At, name, id, e.ActorRole, e.Action, e.EntityId, e.Outcome, e.Detail);
    }
}

/// <summary>The audit log's filters: who (a user name, or <c>system</c> / <c>anonymous</c>), what, which entity, how it ended, and
/// which China days (<c>from</c>–<c>to</c>, both included; the last 30 days when neither is given and no entity is named).</summary>
public interface IAuditFilter
{
    string? Actor { get; }
    string? Action { get; }
    string? EntityId { get; }
    string? Outcome { get; }
    DateOnly? From { get; }
    DateOnly? To { get; }
}

/// <summary>The range read and the rows it holds, newest first.</summary>
internal sealed record AuditRange(DateOnly? From, DateOnly? To)
{
    public const int DefaultDays = 30;

    /// <summary>
    /// The China days asked for, as UTC instants: from 00:00 China time of <c>from</c> (16:00 UTC the day before) to 00:00 of the day
    /// after <c>to</c>, half open. Each bound is a range on the indexed <c>At</c> (and a named entity on the indexed <c>EntityId</c>);
    /// the actor, action and outcome are checked on the rows of that range.
    /// </summary>
    public static (AuditRange Range, IQueryable<AuditEntry> Rows) Of(IAuditFilter f, IQueryable<AuditEntry> rows, TimeProvider clock)
    {
        var (from, to) = (f.From, f.To);
        if (from is null && to is null && string.IsNullOrWhiteSpace(f.EntityId))
        {
            to = ChinaTime.Today(clock);
            from = to.Value.AddDays(-(DefaultDays - 1));
        }
        if (from is { } start) { var s = ChinaTime.StartOf(start); rows = rows.Where(e => e.At >= s); }
        if (to is { } end) { var e2 = ChinaTime.StartOf(end.AddDays(1)); rows = rows.Where(e => e.At < e2); }
        if (f.EntityId?.Trim() is { Length: > 0 } entity) rows = rows.Where(e => e.EntityId == entity);
        if (f.Action?.Trim() is { Length: > 0 } action) rows = rows.Where(e => e.Action == action);
        if (f.Outcome?.Trim() is { Length: > 0 } outcome) rows = rows.Where(e => e.Outcome == outcome);
        if (f.Actor?.Trim() is { Length: > 0 } actor)
        {
            var named = actor + " (";
            rows = rows.Where(e => e.Actor == actor || e.Actor.StartsWith(named));
        }
        return (new AuditRange(from, to), rows.OrderByDescending(e => e.At).ThenByDescending(e => e.Id));
    }
}

public static class AuditFilterRules
{
    public static readonly string[] Outcomes = ["Succeeded", "Refused"];

    public static void AddAuditFilterRules<T>(this AbstractValidator<T> v) where T : IAuditFilter
    {
        v.RuleFor(q => q.Actor).MaximumLength(200).OverridePropertyName("actor");
        v.RuleFor(q => q.Action).MaximumLength(100).OverridePropertyName("action");
        v.RuleFor(q => q.EntityId).MaximumLength(100).OverridePropertyName("entityId");
        v.RuleFor(q => q.Outcome).Must(o => o is null || Outcomes.Contains(o.Trim()))
            .WithMessage("outcome must be Succeeded or Refused.").OverridePropertyName("outcome");
        v.RuleFor(q => q.To).Must((q, to) => q.From is null || to is null || q.From <= to)
            .WithMessage("to must not be before from.").OverridePropertyName("to");
    }
}
