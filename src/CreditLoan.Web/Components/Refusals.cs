using CreditLoan.Application.Common;
using CreditLoan.Application.Features.Applications;
using CreditLoan.Domain.Common;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;

namespace CreditLoan.Web.Components;

/// <summary>
/// A refusal in the page's language, never the API's English: a coded refusal as <c>Refusal_{Code}</c> with its values; a
/// field's validation failure as the field's own text for that check (<c>Field_{field}_{ErrorCode}</c>, then
/// <c>Invalid_{field}</c>), else the check's general text with the field's label (<c>Check_{ErrorCode}</c>,
/// <c>Label_{field}</c>); an uncoded rule about one field as <c>FieldRule_{field}</c>; a refused state transition with the state's name; a product that does not match with its failed
/// rules (<c>Rule_…</c>). A refusal nobody has coded yet gets a general sentence rather than English.
/// </summary>
public static class Refusals
{
    /// <summary>The text of a refusal the user can act on; null for a fault (which the error page shows).</summary>
    public static string? Text(IStringLocalizer t, Exception ex) => ex switch
    {
        FluentValidation.ValidationException v => string.Join(" ", v.Errors.Select(e => Field(t, e)).Distinct()),
        ProductDoesNotMatchException m => t["Refusal_DoesNotMatch"] + " " + string.Join("；", m.FailedRules.Select(r => FailedRule(t, r))),
        InvalidStateException s => State(t, s.CurrentState),
        DomainException { Code: { } code } d => Coded(t, code, d.Values),
        ConflictException { Code: { } code } c => Coded(t, code, c.Values),
        DomainException or ConflictException => t["Refusal_Generic"],
        NotFoundException => t["Refusal_NotFound"],
        TooManyRequestsException r => string.Format(t["TooManyTryLater"], Math.Max(1, (int)Math.Ceiling(r.RetryAfter.TotalMinutes))),
        _ => null,
    };

    /// <summary>One field's failure: the field's own words for that check, or the check's words with the field's label.</summary>
    public static string Field(IStringLocalizer t, ValidationFailure failure)
    {
        var field = Camel(failure.PropertyName);
        var code = failure.ErrorCode ?? "";
        if (Found(t, $"Field_{field}_{code}") is { } own) return own;
        if (Found(t, $"Invalid_{field}") is { } invalid) return invalid;
        var label = Found(t, $"Label_{field}") ?? t["ThisField"];
        var values = failure.FormattedMessagePlaceholderValues ?? new Dictionary<string, object>();
        string V(string name) => values.TryGetValue(name, out var v) ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "" : "";
        return Found(t, $"Check_{code}") is { } check
            ? string.Format(check, label, V("From"), V("To"), V("MinLength"), V("MaxLength"), V("ComparisonValue"))
            : string.Format(t["Check_Other"], label);
    }

    /// <summary>A rule about one field (FieldRuleException) in the field's words.</summary>
    public static string FieldRule(IStringLocalizer t, FieldRuleException rule) =>
        rule.Code is { } code ? Coded(t, code, rule.Values) : Found(t, $"FieldRule_{Camel(rule.Field)}") ?? t["Refusal_Generic"];

    /// <summary>A failed matching rule ("needs grade B; yours is C"), as "why not" shows it.</summary>
    public static string FailedRule(IStringLocalizer t, CreditLoan.Application.Matching.FailedRule f) =>
        string.Format(t[$"Rule_{f.Rule}"], f.Values.Select(v => (object)Shown(t, v)).ToArray());

    /// <summary>Grades, types and collateral in the page's language; amounts (two decimals) grouped as the portal shows them; other numbers as they are.</summary>
    public static string Shown(IStringLocalizer t, string value) =>
        value.Length == 0 ? value
        : System.Text.RegularExpressions.Regex.IsMatch(value, @"^[0-9]+\.[0-9]{2}\z") && PortalFormat.Decimal(value) is { } amount ? PortalFormat.Grouped(amount)!
        : char.IsDigit(value[0]) ? value
        : Enum.TryParse<CreditLoan.Domain.Needs.Collateral>(value, out var c) ? t[$"Collateral_{c}"]
        : Enum.TryParse<EnterpriseType>(value, out var e) ? t[$"EnterpriseType_{e}"]
        : value;

    private static string Coded(IStringLocalizer t, string code, IReadOnlyList<string> values) =>
        Found(t, $"Refusal_{code}") is { } text ? string.Format(text, values.Cast<object>().ToArray()) : t["Refusal_Generic"];

    private static string State(IStringLocalizer t, string state) =>
        Found(t, $"Status{state}") is { } name ? string.Format(t["Refusal_InvalidState"], name) : t["Refusal_InvalidStateOther"];

    private static string? Found(IStringLocalizer t, string key) => t[key] is { ResourceNotFound: false } s ? s.Value : null;

    private static string Camel(string name) => name.Length > 0 && char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;
}
