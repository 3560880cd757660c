using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using Mediator;

namespace CreditLoan.Application.Features.CreditData;

/// <summary>A dataset's import template: its header row and one example row (Chinese names), which the import refuses as the example.</summary>
public sealed record ImportTemplate(string Dataset, IReadOnlyList<string> Columns, IReadOnlyList<string> Example);

[AuthorizeRoles(Roles.Bureau)]
public sealed record GetImportTemplateQuery(string Dataset) : IQuery<ImportTemplate>;

public sealed class GetImportTemplateHandler(ICreditDataImporter importer) : IQueryHandler<GetImportTemplateQuery, ImportTemplate>
{
    public ValueTask<ImportTemplate> Handle(GetImportTemplateQuery query, CancellationToken cancellationToken) =>
        importer.Datasets.TryGetValue(query.Dataset, out var columns)
            ? ValueTask.FromResult(new ImportTemplate(query.Dataset, columns, importer.Examples[query.Dataset]))
            : throw new NotFoundException("dataset", query.Dataset);
}
