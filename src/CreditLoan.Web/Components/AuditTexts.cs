using System.Globalization;
using CreditLoan.Application.Features.Audit;
using CreditLoan.Domain.Common;
using Microsoft.Extensions.Localization;

namespace CreditLoan.Web.Components;

/// <summary>
/// An audit row as people read it (the bureau's audit page and its download): the action by its name in the reader's language — an
/// action the texts do not know as a general "other action", never the command's own name —, the actor (the background jobs as
/// 系统, anonymous callers as 匿名), the role and the outcome in words, the instant in China time. The refusal's detail is the
/// platform's English and is shown only in English.
/// </summary>
public static class AuditTexts
{
    public static string Action(IStringLocalizer t, string action) =>
        t[$"AuditAction_{action}"] is { ResourceNotFound: false } text ? text.Value : t["AuditAction_Unknown"].Value;

    /// <summary>Every action, by its name in the reader's language (the filter's list).</summary>
    public static IEnumerable<(string Action, string Name)> Actions(IStringLocalizer t) =>
        AuditActions.Known.Select(a => (a, Action(t, a))).OrderBy(x => x.Item2, StringComparer.Create(CultureInfo.CurrentUICulture, false));

    public static string Actor(IStringLocalizer t, AuditEntryResponse e) => e.Actor switch
    {
        "system" => t["AuditActorSystem"],
        "anonymous" => t["AuditActorAnonymous"],
        var name => name,
    };

    public static string Role(IStringLocalizer t, string? role) =>
        role is null ? "—" : t[$"Role_{role}"] is { ResourceNotFound: false } text ? text.Value : "—";

    public static string Outcome(IStringLocalizer t, string outcome) =>
        t[$"AuditOutcome_{outcome}"] is { ResourceNotFound: false } text ? text.Value : outcome == "Succeeded" ? "✓" : "✗";

    public static string At(DateTimeOffset at) => at.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Whether the refusals' details (the platform's English) may be shown: on the English portal only.</summary>
    public static bool ShowsDetail => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
