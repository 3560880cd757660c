using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Banks;
using CreditLoan.Application.Features.Places;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Stations;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

[AuthorizeRoles(Roles.Bureau)]
public sealed record CreateStationCommand(string Name, string VillageCode, Guid PartnerBankId, decimal CashFloatLimit) : ICommand<StationResponse>;

public sealed class CreateStationValidator : AbstractValidator<CreateStationCommand>
{
    public CreateStationValidator(Places.DivisionCatalog divisions)
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100).OverridePropertyName("name");
        RuleFor(c => c.VillageCode).Cascade(CascadeMode.Stop).Must(Identifiers.IsValidVillageCode).WithMessage("villageCode must be a 12-digit village division code.")
            .KnownDivision(divisions, Domain.Places.DivisionLevel.Village).OverridePropertyName("villageCode");
        RuleFor(c => c.PartnerBankId).NotEmpty().OverridePropertyName("partnerBankId");
        RuleFor(c => c.CashFloatLimit).PositiveYuan("cashFloatLimit");
    }
}

public sealed class CreateStationHandler(IAppDbContext db, DivisionCatalog divisions, TimeProvider clock) : ICommandHandler<CreateStationCommand, StationResponse>
{
    public async ValueTask<StationResponse> Handle(CreateStationCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Banks.AnyAsync(b => b.Id == command.PartnerBankId, cancellationToken))
            throw new FieldValidationException("partnerBankId", $"No bank with id {command.PartnerBankId} is onboarded.");
        var station = new Station(command.Name.Trim(), command.VillageCode, command.PartnerBankId, command.CashFloatLimit, clock.GetUtcNow());
        db.Stations.Add(station);
        return StationResponse.From(station, divisions);
    }
}
