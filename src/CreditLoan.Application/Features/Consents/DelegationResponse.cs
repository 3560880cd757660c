using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Consents;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Consents;

public sealed record DelegationResponse(Guid StationId, string StationName, string VillageCode, DateTimeOffset GrantedAt,
    string? VillageName = null, string? TownshipName = null)
{
    public DelegationResponse Named(Places.DivisionCatalog divisions) =>
        this with { VillageName = divisions.VillageNameOf(VillageCode), TownshipName = divisions.TownshipNameOf(VillageCode) };
}
