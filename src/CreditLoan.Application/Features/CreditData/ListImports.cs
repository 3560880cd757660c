using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Credit;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.CreditData;

public sealed record ImportBatchResponse(string Dataset, string BatchId, int Accepted, int Rejected, DateTimeOffset ImportedAt, string ImportedBy);

/// <summary>The datasets this build imports with their columns, and the batches imported, newest first (bureau).</summary>
public sealed record ImportsResponse(IReadOnlyDictionary<string, IReadOnlyList<string>> Datasets, Common.Models.PagedList<ImportBatchResponse> Batches);

[AuthorizeRoles(Roles.Bureau)]
public sealed record ListImportsQuery(string? Dataset = null, int Page = 1, int PageSize = Common.Models.Paging.DefaultPageSize)
    : IQuery<ImportsResponse>, Common.Models.IPagedQuery;

public sealed class ListImportsValidator : AbstractValidator<ListImportsQuery>
{
    public ListImportsValidator(ICreditDataImporter importer)
    {
        Common.Models.Paging.AddPagingRules(this);
        RuleFor(q => q.Dataset).Must(d => d is null || importer.Datasets.ContainsKey(d))
            .WithMessage(q => $"dataset '{q.Dataset}' is unknown; use one of: {string.Join(", ", importer.Datasets.Keys)}.").OverridePropertyName("dataset");
    }
}

public sealed class ListImportsHandler(IAppDbContext db, ICreditDataImporter importer) : IQueryHandler<ListImportsQuery, ImportsResponse>
{
    public async ValueTask<ImportsResponse> Handle(ListImportsQuery query, CancellationToken cancellationToken)
    {
        var batches = db.ImportBatches.AsNoTracking();
        if (query.Dataset is { } dataset) batches = batches.Where(b => b.Dataset == dataset);
        var total = await batches.CountAsync(cancellationToken);
        var items = await batches.OrderByDescending(b => b.ImportedAt).ThenBy(b => b.Dataset).ThenBy(b => b.BatchId)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(b => new ImportBatchResponse(b.Dataset, b.BatchId, b.Accepted, b.Rejected, b.ImportedAt, b.ImportedBy))
            .ToListAsync(cancellationToken);
        return new ImportsResponse(importer.Datasets, new Common.Models.PagedList<ImportBatchResponse>(items, query.Page, query.PageSize, total));
    }
}
