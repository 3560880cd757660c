using CreditLoan.Application.Common;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using Microsoft.Extensions.Localization;

namespace CreditLoan.Web.Components;

/// <summary>
/// A refusal of the bank's application and prospect commands written from the portal's resources (issue 17: every message a
/// person sees is in their language, field names as their labels), never the platform's own English rule text. The kind of
/// refusal is its code: a validation or field rule names its field (the page says what that field must be, with the
/// product's own bounds), a wrong state names the current state, a conflict or a race says someone else acted.
/// </summary>
public static class RefusalText
{
    /// <param name="action">The page's action: accept, approve, confirm, reject, disburse, invite.</param>
    /// <param name="fieldText">What the page says about one of its fields (camelCase, as the API names it); null for the general text.</param>
    /// <returns>Null for a fault (the error page handles it).</returns>
    public static FormErrors? Of(Exception ex, IStringLocalizer t, IDatabaseFailures failures, string action, Func<string, string?> fieldText,
        params string[] fields)
    {
        string Field(string name) => fieldText(Camel(name)) ?? string.Format(t["Refusal_Field"], Label(t, Camel(name)));
        IEnumerable<(string?, string)>? messages = ex switch
        {
            FluentValidation.ValidationException v => v.Errors.Select(e => ((string?)Camel(e.PropertyName), Field(e.PropertyName))),
            FieldRuleException f => [(Camel(f.Field), Field(f.Field))],
            InvalidStateException s => [(null, string.Format(t["Refusal_State"], State(t, s.CurrentState), Action(t, action)))],
            ConflictException when action == "invite" => [(null, t["Refusal_AlreadyInvited"].Value)],
            ConflictException => [(null, t["Refusal_Concurrent"].Value)],
            NotFoundException => [(null, t["Refusal_NotFound"].Value)],
            // the one rule of confirming that names no field: the maker cannot check their own proposal (双人复核)
            DomainException when action == "confirm" => [(null, t["Refusal_SameOfficer"].Value)],
            DomainException => [(null, string.Format(t["Refusal_Rule"], Action(t, action)))],
            _ when failures.Classify(ex) is DatabaseFailure.ConcurrencyConflict or DatabaseFailure.UniqueViolation or DatabaseFailure.RolledBack =>
                [(null, action == "invite" ? t["Refusal_AlreadyInvited"].Value : t["Refusal_Concurrent"].Value)],
            _ => null,
        };
        return messages is null ? null : FormErrors.From(messages, fields);
    }

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..].Replace(" ", "");

    private static string State(IStringLocalizer t, string state) =>
        Enum.TryParse<ApplicationStatus>(state, out var a) ? t[$"Status{a}"]
        : Enum.TryParse<ProductStatus>(state, out var p) ? t[$"Product_{p}"]
        : t["Refusal_OtherState"];

    private static string Action(IStringLocalizer t, string action) => action switch
    {
        "accept" => t["Action_accept"],
        "approve" => t["Action_approve"],
        "confirm" => t["Action_confirm"],
        "reject" => t["Action_reject"],
        "disburse" => t["Action_disburse"],
        "invite" => t["Action_invite"],
        _ => t["Action_other"],
    };

    /// <summary>A field as its label on the page.</summary>
    public static string Label(IStringLocalizer t, string field) => field switch
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
}
