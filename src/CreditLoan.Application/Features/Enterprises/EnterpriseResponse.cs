using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Enterprises;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Enterprises;

public sealed record EnterpriseResponse(
    Guid Id,
    string CreditCode,
    string Name,
    EnterpriseType Type,
    string? LegalRepresentative,
    DateOnly EstablishedOn,
    decimal RegisteredCapital,
    string Industry,
    string DivisionCode,
    string? TownshipCode,
    string Phone,
    DateTimeOffset RegisteredAt,
    string? IndustryName,
    string? TownshipName,
    string? VillageName) : IEntityResponse
{
    public static EnterpriseResponse From(Enterprise e, Places.DivisionCatalog divisions) => new(e.Id, e.CreditCode, e.Name, e.Type, e.LegalRepresentative,
        e.EstablishedOn, e.RegisteredCapital, e.Industry, e.DivisionCode, Identifiers.Township(e.DivisionCode), e.Phone, e.RegisteredAt,
        Domain.Places.Industries.NameOf(e.Industry), divisions.TownshipNameOf(e.DivisionCode), divisions.VillageNameOf(e.DivisionCode));
}
