using CreditLoan.Domain.Jobs;
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

/// <summary>Job postings in a division: a township code also lists its villages' postings.</summary>
[AllowAnonymousRequest]
public sealed record ListJobsQuery(string? Division, int Page = 1, int PageSize = Common.Models.Paging.DefaultPageSize)
    : IQuery<Common.Models.PagedList<JobResponse>>, Common.Models.IPagedQuery;

public sealed class ListJobsValidator : AbstractValidator<ListJobsQuery>
{
    public ListJobsValidator()
    {
        Common.Models.Paging.AddPagingRules(this);
        RuleFor(q => q.Division).Must(Identifiers.IsValidDivision).WithMessage("division must be a 6, 9 or 12-digit division code.")
            .OverridePropertyName("division");
    }
}

public sealed class ListJobsHandler(IAppDbContext db, Places.DivisionCatalog divisions) : IQueryHandler<ListJobsQuery, Common.Models.PagedList<JobResponse>>
{
    public async ValueTask<Common.Models.PagedList<JobResponse>> Handle(ListJobsQuery q, CancellationToken ct)
    {
        var jobs = db.Jobs.AsNoTracking().Where(j => j.DivisionCode.StartsWith(q.Division!));
        var total = await jobs.CountAsync(ct);
        var items = await (from j in jobs
                           join e in db.Enterprises.AsNoTracking() on j.EnterpriseId equals e.Id
                           orderby j.PostedAt descending, j.Id
                           select new JobResponse(j.Id, j.EnterpriseId, e.Name, j.Title, j.DivisionCode, j.Salary, j.Description, j.ContactPhone, j.PostedAt))
            .Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToListAsync(ct);
        return new Common.Models.PagedList<JobResponse>(items.Select(i => i.Named(divisions)).ToList(), q.Page, q.PageSize, total);
    }
}
