using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Enterprises;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Consents;
using CreditLoan.Domain.Enterprises;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Consents;

/// <summary>
/// 帮办代办 for a villager without a platform account: a station's agent registers the villager's individual business
/// (农户、个体工商户) or enterprise from the registry, as <see cref="RegisterEnterpriseCommand"/> does, and records the paper
/// authorisation (授权委托书) the villager signed — who signed, the scan or photo — with the delegation to the station, in one
/// transaction. No sign-in account is made: the villager's mobile phone is the enterprise's contact, where its messages go.
/// </summary>
[AuthorizeRoles(Roles.Agent)]
public sealed record RegisterAssistedCommand(Guid StationId, string CreditCode, string Phone, string PrincipalName, string PrincipalIdNumber,
    string? FileName, byte[]? File) : ICommand<AssistedRegistrationResponse>, ITargetsEntity
{
    /// <summary>A refused registration is audited under the credit code it was for.</summary>
    public string AuditEntityId => CreditCode;
}

/// <summary>The paper authorisation as lists show it: the signer's identity number masked, the scan by its download id.</summary>
public sealed record AuthorisationResponse(Guid Id, Guid EnterpriseId, Guid StationId, string PrincipalName, string PrincipalIdNumberMasked,
    string Phone, string FileName, string ContentType, int Length, string Sha256, DateTimeOffset RecordedAt)
{
    public static AuthorisationResponse From(PaperAuthorisation a) => new(a.Id, a.EnterpriseId, a.StationId, a.PrincipalName,
        Identifiers.Mask(a.PrincipalIdNumber), a.Phone, a.FileName, a.ContentType, a.Length, a.Sha256, a.RecordedAt);
}

/// <summary>The registered enterprise and its authorisation; <see cref="Id"/> is the authorisation's (the audit row names it).</summary>
public sealed record AssistedRegistrationResponse(Guid Id, EnterpriseResponse Enterprise, AuthorisationResponse Authorisation) : IEntityResponse;

public sealed class RegisterAssistedValidator : AbstractValidator<RegisterAssistedCommand>
{
    public RegisterAssistedValidator()
    {
        RuleFor(c => c.StationId).NotEmpty().OverridePropertyName("stationId");
        RuleFor(c => c.CreditCode).Must(Identifiers.IsValidCreditCode)
            .WithMessage(c => $"creditCode {Identifiers.CreditCodeProblem(c.CreditCode)}.").OverridePropertyName("creditCode");
        RuleFor(c => c.Phone).Must(Identifiers.IsValidMobile)
            .WithMessage("phone must be an 11-digit mobile number starting 13-19.").OverridePropertyName("phone");
        RuleFor(c => c.PrincipalName).Must(n => n is { } s && s.Trim().Length is >= 1 and <= 50 && !s.Any(char.IsControl))
            .WithMessage("principalName must be 1-50 characters.").OverridePropertyName("principalName");
        RuleFor(c => c.PrincipalIdNumber).Must(Identifiers.IsValidIdNumber)
            .WithMessage("principalIdNumber is not a valid resident identity number (GB 11643).").OverridePropertyName("principalIdNumber");
        RuleFor(c => c.File).Must(f => f is { Length: > 0 }).WithErrorCode("Missing")
            .WithMessage("file: attach the signed authorisation (a JPEG or PNG photo or a PDF scan).").OverridePropertyName("file");
        RuleFor(c => c.File).Must(f => f!.Length <= AuthorisationScan.MaxBytes).WithErrorCode("TooLarge")
            .WithMessage($"file must be at most {AuthorisationScan.MaxBytes / 1024 / 1024} MB.").OverridePropertyName("file")
            .When(c => c.File is { Length: > 0 });
        RuleFor(c => c.File).Must(f => AuthorisationScan.ContentTypeOf(f) is not null).WithErrorCode("Type")
            .WithMessage("file must be a JPEG or PNG photo or a PDF scan (judged by its content, not its name).").OverridePropertyName("file")
            .When(c => c.File is { Length: > 0 } f && f.Length <= AuthorisationScan.MaxBytes);
        RuleFor(c => c.FileName).MaximumLength(255).OverridePropertyName("fileName");
    }
}

public sealed class RegisterAssistedHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Places.DivisionCatalog divisions)
    : ICommandHandler<RegisterAssistedCommand, AssistedRegistrationResponse>
{
    public async ValueTask<AssistedRegistrationResponse> Handle(RegisterAssistedCommand command, CancellationToken cancellationToken)
    {
        var station = await db.Stations.AsNoTracking().OperatedBy(user).FindAsync("Station", command.StationId, cancellationToken);
        var registry = await db.RegistryRecords.AsNoTracking().FirstOrDefaultAsync(r => r.CreditCode == command.CreditCode, cancellationToken)
                       ?? throw RegistrationRefusals.Unknown(command.CreditCode);
        if (await db.Enterprises.AnyAsync(e => e.CreditCode == command.CreditCode, cancellationToken))
            throw RegistrationRefusals.AlreadyRegistered(command.CreditCode);

        var now = clock.GetUtcNow();
        var enterprise = Enterprise.RegisterFrom(registry, command.Phone, now);
        var (authorisation, scan) = PaperAuthorisation.Record(enterprise.Id, station.Id, command.PrincipalName, command.PrincipalIdNumber,
            command.Phone, command.FileName ?? "", command.File ?? [], user.AuditName(), now);
        db.Enterprises.Add(enterprise);
        db.Delegations.Add(new Delegation(enterprise.Id, station.Id, now));
        db.PaperAuthorisations.Add(authorisation);
        db.AuthorisationScans.Add(scan);
        return new AssistedRegistrationResponse(authorisation.Id, EnterpriseResponse.From(enterprise, divisions), AuthorisationResponse.From(authorisation));
    }
}
