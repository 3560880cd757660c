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
    /// <summary>
    /// The totals row, column for column (key columns null), where the table has one: counts and amounts summed, ratios and averages
    /// recomputed from the summed counters, distinct counts (enterprises served) counted once over the whole scope. Only the portal's
    /// titled exports show it; the API's JSON, CSV and XLSX keep their rows as they were.
    /// </summary>
    public object?[]? Totals { get; init; }

    public IEnumerable<IDictionary<string, object?>> Items() =>
        Rows.Select(r => (IDictionary<string, object?>)Columns.Select((c, i) => (c, r[i])).ToDictionary(x => x.c, x => x.Item2));
}
