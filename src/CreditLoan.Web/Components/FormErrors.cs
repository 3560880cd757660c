namespace CreditLoan.Web.Components;

/// <summary>
/// A refusal shown on a portal form: each validation message next to the field it names (the API's field names, as in
/// its problem details), and whatever names no field on the form (a rule of the domain, a conflict) as one line above it.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.OrdinalIgnoreCase);
    private List<string> _rest = [];

    private FormErrors() { }

    /// <summary>
    /// Messages already written for the reader (<see cref="Refusals.OfStep"/>): each next to the field it names when the form has
    /// that field, the others above the form.
    /// </summary>
    public static FormErrors From(IEnumerable<(string? Field, string Message)> messages, params string[] fields)
    {
        var errors = new FormErrors();
        foreach (var (name, message) in messages)
        {
            var field = name is null ? null : fields.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
            if (field is null) { if (!errors._rest.Contains(message)) errors._rest.Add(message); }
            else if (!(errors._byField.TryGetValue(field, out var list) ? list : errors._byField[field] = []).Contains(message)) errors._byField[field].Add(message);
        }
        return errors;
    }

    /// <summary>
    /// The same in the page's language (<see cref="Refusals"/>): each field's failure in its own words, a rule about one
    /// field next to it, anything else above the form; never the API's English.
    /// </summary>
    public static FormErrors? In(Microsoft.Extensions.Localization.IStringLocalizer t, Exception ex, params string[] fields)
    {
        if (Refusals.Text(t, ex) is not { } message) return null;
        var errors = new FormErrors();
        string? FieldOf(string name) => fields.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase)
                                                                  || name.StartsWith(f + "[", StringComparison.OrdinalIgnoreCase));
        if (ex is FluentValidation.ValidationException v && v.Errors.Any())
        {
            foreach (var e in v.Errors)
            {
                var text = Refusals.Field(t, e);
                if (FieldOf(e.PropertyName) is not { } field) errors._rest.Add(text);
                else
                {
                    if (!errors._byField.TryGetValue(field, out var list)) errors._byField[field] = list = [];
                    if (!list.Contains(text)) list.Add(text);
                }
            }
        }
        else if (ex is CreditLoan.Domain.Common.FieldRuleException rule && FieldOf(rule.Field) is { } field)
            errors._byField[field] = [Refusals.FieldRule(t, rule)];
        else errors._rest.Add(message);
        errors._rest = errors._rest.Distinct().ToList();
        return errors;
    }

    public string? For(string field) => _byField.TryGetValue(field, out var list) ? string.Join(" ", list) : null;

    /// <summary>The messages that belong to no field of the form; null when there are none.</summary>
    public string? Summary => _rest.Count == 0 ? null : string.Join(" ", _rest);
}
