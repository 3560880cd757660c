using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Domain.Billers;
using FluentValidation;

namespace CreditLoan.Application.Features.Billers;

/// <param name="BankId">The bank that keeps it; null for a county-wide biller (the bureau's).</param>
/// <param name="BankName">That bank's name; null for a county-wide biller.</param>
public sealed record BillerResponse(Guid Id, Guid? BankId, string? BankName, string Name, BillerCategory Category, string? BillNoHint, bool Active,
    DateTimeOffset CreatedAt, DateTimeOffset? RetiredAt) : IEntityResponse
{
    public static BillerResponse From(Biller b, string? bankName) =>
        new(b.Id, b.BankId, bankName, b.Name, b.Category, b.BillNoHint, b.Active, b.CreatedAt, b.RetiredAt);
}

/// <summary>The rules of a biller's name, category and hint, for creating and changing one.</summary>
public static class BillerRules
{
    public static void Add<T>(AbstractValidator<T> v, Func<T, string> name, Func<T, BillerCategory> category, Func<T, string?> hint)
    {
        v.RuleFor(x => name(x)).NotEmpty().MaximumLength(Biller.NameLength).OverridePropertyName("name");
        v.RuleFor(x => category(x)).IsInEnum().OverridePropertyName("category");
        v.RuleFor(x => hint(x)).MaximumLength(Biller.HintLength).OverridePropertyName("billNoHint");
    }
}
