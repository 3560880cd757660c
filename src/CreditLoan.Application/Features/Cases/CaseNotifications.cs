using System.Globalization;
using CreditLoan.Application.Common;
using CreditLoan.Domain.Cases;
using CreditLoan.Domain.Common;

namespace CreditLoan.Application.Features.Cases;

/// <summary>
/// Tells the person at each step of a case (the enterprise concerned, in its message centre; the villager's phone) and the
/// party that must act (the bureau for a new case or an answer, the assignee when assigned and closed), through the outbox in
/// the same transaction (product.md §13).
/// </summary>
public sealed class CaseNotifications(IAppDbContext db) : IDomainEventConsumer
{
    public Task ConsumeAsync(IReadOnlyList<IDomainEvent> events, CancellationToken ct)
    {
        foreach (var moved in events.OfType<CaseMoved>())
        {
            var c = moved.Case;
            var after = moved.After.Status;
            if (moved.Before?.Status == after) continue;
            var (type, person, party) = after switch
            {
                CaseStatus.Open => ("CaseLodged", $"您反映的问题已登记，办件编号{c.CaseNo}，平台将尽快分办。", (string?)$"新的办不成事诉求{c.CaseNo}待分办"),
                CaseStatus.Assigned => ("CaseAssigned", $"您反映的问题（{c.CaseNo}）已转交承办方办理，将于{Due(c)}前答复。",
                    $"办不成事诉求{c.CaseNo}已分派给您，请于{Due(c)}前答复"),
                CaseStatus.Answered => ("CaseAnswered", $"您反映的问题（{c.CaseNo}）已答复：{c.Answer}", $"办不成事诉求{c.CaseNo}已答复，待办结"),
                _ => ("CaseClosed", $"您反映的问题（{c.CaseNo}）已办结：{c.CloseReason}", $"办不成事诉求{c.CaseNo}已办结"),
            };
            var payload = new { caseId = c.Id, caseNo = c.CaseNo, status = after.ToString(), dueAt = c.DueAt, text = person };
            if (c.EnterpriseId is { } enterprise) db.Notify(type, $"enterprise:{enterprise}", payload, moved.At);
            if (c.OnBehalfOfPhone is { } phone) db.Notify(type, phone, payload, moved.At);
            // who acts next: the bureau triages and closes, the assignee answers (and hears how its case ended)
            var recipient = after is CaseStatus.Open or CaseStatus.Answered ? "bureau" : AssigneeOf(c);
            if (party is not null && recipient is not null)
                db.Notify(type, recipient, new { caseId = c.Id, caseNo = c.CaseNo, status = after.ToString(), dueAt = c.DueAt, text = party }, moved.At);
        }
        return Task.CompletedTask;
    }

    /// <summary>The outbox address of a case's assignee: <c>bank:{id}</c>, <c>station:{id}</c> or <c>bureau</c>.</summary>
    public static string? AssigneeOf(ServiceCase c) => c.AssignedTo switch
    {
        CaseParty.Bank => $"bank:{c.AssigneeId}",
        CaseParty.Station => $"station:{c.AssigneeId}",
        CaseParty.Bureau => "bureau",
        _ => null,
    };

    /// <summary>The due time as people say it: the last China day, to its 24:00.</summary>
    public static string Due(ServiceCase c) =>
        c.DueAt is { } due ? ChinaTime.DateOf(due.AddTicks(-1)).ToString("yyyy年M月d日", CultureInfo.InvariantCulture) + "24时" : "";
}
