using CreditLoan.Application.Common;
using CreditLoan.Application.Features.Applications;
using CreditLoan.Domain.Common;
using FluentValidation.Results;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Products;
using Microsoft.Extensions.Localization;

namespace CreditLoan.Web.Components;

/// <summary>
/// A refusal in the page's language, never the API's English: a coded refusal as <c>Refusal_{Code}</c> with its values; a
/// field's validation failure as the field's own text for that check (<c>Field_{field}_{ErrorCode}</c>, then
/// <c>Invalid_{field}</c>), else the check's general text with the field's label (<c>Check_{ErrorCode}</c>,
/// <c>Label_{field}</c>); an uncoded rule about one field as <c>FieldRule_{field}</c>; a refused state transition with the state's name; a product that does not match with its failed
/// rules (<c>Rule_…</c>). Every refusal of the platform has a code (RefusalCodesTests); one without a text would get a general
/// sentence rather than English. <see cref="OfStep"/> writes the bank's application steps with the step's name and the page's
/// own words for its fields.
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
        : Named<CreditLoan.Domain.Needs.Collateral>(value) ? t[$"Collateral_{value}"]
        : Named<EnterpriseType>(value) ? t[$"EnterpriseType_{value}"]
        : Named<RepaymentMethod>(value) ? t[$"Repay_{value}"]
        : value.Split(", ") is { Length: > 1 } list && list.All(Named<RepaymentMethod>)
            ? string.Join("、", list.Select(m => t[$"Repay_{m}"].Value))         // "InterestOnly, BulletPayment": the product's methods
        : value;

    /// <summary>Whether the value is one of the enum's names exactly (Enum.TryParse would take "A, B" and numbers too).</summary>
    private static bool Named<TEnum>(string value) where TEnum : struct, Enum => Enum.GetNames<TEnum>().Contains(value, StringComparer.Ordinal);

    /// <summary>A coded refusal's text with its values, repayment methods and other names in the page's language.</summary>
    public static string Coded(IStringLocalizer t, string code, IReadOnlyList<string> values) =>
        Found(t, $"Refusal_{code}") is { } text ? string.Format(text, values.Select(v => (object)Shown(t, v)).ToArray()) : t["Refusal_Generic"];

    /// <summary>
    /// A refusal of the bank's application and prospect steps, spread over the page's <paramref name="fields"/>: a validation
    /// failure as the page's words for that field (with the product's and the application's bounds), else the field's rule; a
    /// coded rule or conflict as its text; a wrong state with the state and the step ("当前状态为“审批中”，不能受理"); a race
    /// lost to another officer as "someone else acted". Null for a fault (the error page handles it).
    /// </summary>
    /// <param name="action">The page's step: accept, approve, confirm, reject, disburse, invite.</param>
    /// <param name="fieldText">What the page says about one of its fields (camelCase, as the API names it); null for the general text.</param>
    public static FormErrors? OfStep(IStringLocalizer t, Exception ex, IDatabaseFailures failures, string action, Func<string, string?> fieldText,
        params string[] fields)
    {
        string FieldText(string name) => fieldText(Camel(name)) ?? string.Format(t["Refusal_Field"], StepLabel(t, Camel(name)));
        IEnumerable<(string?, string)>? messages = ex switch
        {
            FluentValidation.ValidationException v => v.Errors.Select(e => ((string?)Camel(e.PropertyName), FieldText(e.PropertyName))),
            FieldRuleException { Code: { } code } f => [(Camel(f.Field), Coded(t, code, f.Values))],
            FieldRuleException f => [(Camel(f.Field), FieldText(f.Field))],
            InvalidStateException s => [(null, string.Format(t["Refusal_State"], StepState(t, s.CurrentState), StepAction(t, action)))],
            DomainException { Code: { } code } d => [(null, Coded(t, code, d.Values))],
            ConflictException { Code: { } code } c => [(null, Coded(t, code, c.Values))],
            ConflictException => [(null, t["Refusal_Concurrent"].Value)],
            NotFoundException => [(null, t["Refusal_NotFound"].Value)],
            DomainException => [(null, string.Format(t["Refusal_Rule"], StepAction(t, action)))],
            _ when failures.Classify(ex) is DatabaseFailure.ConcurrencyConflict or DatabaseFailure.UniqueViolation or DatabaseFailure.RolledBack =>
                [(null, action == "invite" ? t["Refusal_AlreadyInvited"].Value : t["Refusal_Concurrent"].Value)],
            _ => null,
        };
        return messages is null ? null : FormErrors.From(messages, fields);
    }

    private static string StepState(IStringLocalizer t, string state) =>
        Enum.TryParse<ApplicationStatus>(state, out var a) ? t[$"Status{a}"]
        : Enum.TryParse<ProductStatus>(state, out var p) ? t[$"Product_{p}"]
        : t["Refusal_OtherState"];

    private static string StepAction(IStringLocalizer t, string action) => action switch
    {
        "accept" => t["Action_accept"],
        "approve" => t["Action_approve"],
        "confirm" => t["Action_confirm"],
        "reject" => t["Action_reject"],
        "disburse" => t["Action_disburse"],
        "invite" => t["Action_invite"],
        _ => t["Action_other"],
    };

    /// <summary>A field of the bank's application steps as its label on the page.</summary>
    private static string StepLabel(IStringLocalizer t, string field) => field switch
    {
        "amount" => t["Field_amount"],
        "annualRate" => t["Field_annualRate"],
        "termMonths" => t["Field_termMonths"],
        "repaymentMethod" => t["Field_repaymentMethod"],
        "reason" => t["Field_reason"],
        "disbursedOn" => t["Field_disbursedOn"],
        "needId" => t["Field_needId"],
        _ => t["Field_other"],
    };

    private static string State(IStringLocalizer t, string state) =>
        Found(t, $"Status{state}") is { } name ? string.Format(t["Refusal_InvalidState"], name) : t["Refusal_InvalidStateOther"];

    private static string? Found(IStringLocalizer t, string key) => t[key] is { ResourceNotFound: false } s ? s.Value : null;

    private static string Camel(string name) => name.Length > 0 && char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) + name[1..].Replace(" ", "") : name;
}

/// <summary>
/// A refused import row in the page's language: <c>ImportRow_{Code}</c> with the column's label (<c>Column_{column}</c>) as
/// {0} and the values the reason names as {1}…; a row without a code (or a code without a text) keeps the API's English.
/// </summary>
public static class ImportRowText
{
    public static string Of(IStringLocalizer t, CreditLoan.Application.Features.CreditData.ImportRowError e)
    {
        if (e.Code is null) return e.Reason;
        var text = t[$"ImportRow_{e.Code}"];
        if (text.ResourceNotFound) return e.Reason;
        var column = e.Column is null ? "" : t[$"Column_{e.Column}"] is { ResourceNotFound: false } c ? c.Value : e.Column;
        var values = (e.Values ?? []).Select(v => t[$"Column_{v}"] is { ResourceNotFound: false } named ? named.Value : v);
        return string.Format(text.Value, [column, .. values]);
    }
}
