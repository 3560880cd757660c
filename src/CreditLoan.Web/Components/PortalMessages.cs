using CreditLoan.Application.Common;
using CreditLoan.Domain.Common;

namespace CreditLoan.Web.Components;

/// <summary>The message a portal page shows next to its form for a refusal the user can act on; null for anything else (a fault).</summary>
public static class PortalMessages
{
    public static string? Of(Exception ex) => ex switch
    {
        FluentValidation.ValidationException v => string.Join(" ", v.Errors.Select(e => e.ErrorMessage)),
        DomainException or ConflictException or NotFoundException => ex.Message,
        _ => null,
    };
}
