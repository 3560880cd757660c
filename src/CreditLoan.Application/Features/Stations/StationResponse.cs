using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Stations;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

public sealed record StationResponse(Guid Id, string Name, string VillageCode, string TownshipCode, Guid PartnerBankId, decimal CashFloatLimit, DateTimeOffset CreatedAt,
    string? VillageName, string? TownshipName) : IEntityResponse
{
    public static StationResponse From(Station s, Places.DivisionCatalog divisions) =>
        new(s.Id, s.Name, s.VillageCode, Identifiers.Township(s.VillageCode)!, s.PartnerBankId, s.CashFloatLimit, s.CreatedAt,
            divisions.VillageNameOf(s.VillageCode), divisions.TownshipNameOf(s.VillageCode));
}
