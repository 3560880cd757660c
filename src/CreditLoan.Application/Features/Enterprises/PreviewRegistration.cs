using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Enterprises;

/// <summary>
/// Before an account is created, the registry's name for a credit code, for the person registering to confirm that it is
/// their enterprise (product.md §3: the profile comes from the registry). Only what the national enterprise credit
/// publicity system shows anyone: name, type and township — no legal representative, capital or phone. Refused like the
/// registration itself: an unknown code 422, an enterprise already registered 409. Rate-limited like registration.
/// </summary>
[AllowAnonymousRequest]
public sealed record PreviewRegistrationQuery(string CreditCode) : IQuery<RegistrationPreview>;

public sealed record RegistrationPreview(string CreditCode, string Name, EnterpriseType Type, string? TownshipCode, string? TownshipName);

public sealed class PreviewRegistrationValidator : AbstractValidator<PreviewRegistrationQuery>
{
    public PreviewRegistrationValidator() =>
        RuleFor(q => q.CreditCode).Must(Identifiers.IsValidCreditCode)
            .WithMessage(q => $"creditCode {Identifiers.CreditCodeProblem(q.CreditCode)}.").OverridePropertyName("creditCode");
}

public sealed class PreviewRegistrationHandler(IAppDbContext db, Places.DivisionCatalog divisions)
    : IQueryHandler<PreviewRegistrationQuery, RegistrationPreview>
{
    public async ValueTask<RegistrationPreview> Handle(PreviewRegistrationQuery query, CancellationToken cancellationToken)
    {
        var registry = await db.RegistryRecords.AsNoTracking().Where(r => r.CreditCode == query.CreditCode)
                           .Select(r => new { r.Name, r.Type, r.DivisionCode }).FirstOrDefaultAsync(cancellationToken)
                       ?? throw RegistrationRefusals.Unknown(query.CreditCode);
        if (await db.Enterprises.AnyAsync(e => e.CreditCode == query.CreditCode, cancellationToken))
            throw RegistrationRefusals.AlreadyRegistered(query.CreditCode);
        return new RegistrationPreview(query.CreditCode, registry.Name, registry.Type, Identifiers.Township(registry.DivisionCode),
            divisions.TownshipNameOf(registry.DivisionCode));
    }
}

/// <summary>The two refusals of a registration, coded for the portal's texts.</summary>
internal static class RegistrationRefusals
{
    public static DomainException Unknown(string creditCode) =>
        new FieldRuleException("creditCode", $"The registry does not know credit code {creditCode}; registration needs a registered enterprise.")
            { Code = "RegistryUnknown", Values = [creditCode] };

    public static ConflictException AlreadyRegistered(string creditCode) =>
        new($"The enterprise with credit code {creditCode} is already registered.") { Code = "AlreadyRegistered", Values = [creditCode] };
}
