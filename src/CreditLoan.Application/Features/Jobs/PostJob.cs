using CreditLoan.Domain.Jobs;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using CreditLoan.Application.Features.Places;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Jobs;

[AuthorizeRoles(Roles.Enterprise)]
public sealed record PostJobCommand(string Title, string DivisionCode, string Salary, [property: MultiLine] string? Description, string? ContactPhone) : ICommand<JobResponse>;

public sealed class PostJobValidator : AbstractValidator<PostJobCommand>
{
    public PostJobValidator(Places.DivisionCatalog divisions)
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(100).OverridePropertyName("title");
        RuleFor(c => c.DivisionCode).Cascade(CascadeMode.Stop).Must(d => Identifiers.IsValidDivision(d) && d.Length is 9 or 12)
            .WithMessage("divisionCode must be a 9-digit township or 12-digit village code.")
            .KnownDivision(divisions, Domain.Places.DivisionLevel.Township, Domain.Places.DivisionLevel.Village).OverridePropertyName("divisionCode");
        RuleFor(c => c.Salary).NotEmpty().MaximumLength(50).OverridePropertyName("salary");
        RuleFor(c => c.Description).MaximumLength(2000).OverridePropertyName("description");
        RuleFor(c => c.ContactPhone).Must(Identifiers.IsValidMobile).WithMessage("contactPhone must be an 11-digit mobile number.")
            .OverridePropertyName("contactPhone").When(c => c.ContactPhone is not null);
    }
}

public sealed class PostJobHandler(IAppDbContext db, Places.DivisionCatalog divisions, ICurrentUser user, TimeProvider clock) : ICommandHandler<PostJobCommand, JobResponse>
{
    public async ValueTask<JobResponse> Handle(PostJobCommand c, CancellationToken ct)
    {
        var enterpriseId = user.RequireEnterpriseId();
        var name = await db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.Name).FirstAsync(ct);
        var job = new JobPosting(enterpriseId, c.Title.Trim(), c.DivisionCode, c.Salary.Trim(), c.Description, c.ContactPhone, clock.GetUtcNow());
        db.Jobs.Add(job);
        return new JobResponse(job.Id, enterpriseId, name, job.Title, job.DivisionCode, job.Salary, job.Description, job.ContactPhone, job.PostedAt).Named(divisions);
    }
}
