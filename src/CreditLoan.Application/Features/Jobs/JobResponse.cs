using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Jobs;

public sealed record JobResponse(Guid Id, Guid EnterpriseId, string? EnterpriseName, string Title, string DivisionCode, string Salary, string? Description,
    string? ContactPhone, DateTimeOffset PostedAt, string? TownshipName = null, string? VillageName = null) : IEntityResponse
{
    public JobResponse Named(Places.DivisionCatalog divisions) =>
        this with { TownshipName = divisions.TownshipNameOf(DivisionCode), VillageName = divisions.VillageNameOf(DivisionCode) };
}
