using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Statistics;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Statistics;

/// <summary>A table of figures: what the JSON answers list and what the CSV and XLSX exports hold, column for column.</summary>
public sealed record StatsTable(string Name, DateOnly From, DateOnly To, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    public IEnumerable<IDictionary<string, object?>> Items() =>
        Rows.Select(r => (IDictionary<string, object?>)Columns.Select((c, i) => (c, r[i])).ToDictionary(x => x.c, x => x.Item2));
}
