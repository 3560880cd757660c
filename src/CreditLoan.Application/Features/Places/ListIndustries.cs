using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Places;
using Mediator;

namespace CreditLoan.Application.Features.Places;

/// <summary>GB/T 4754-2017's 20 sections and 97 divisions, each section followed by its divisions (GET /api/industries; anyone).</summary>
[AllowAnonymousRequest]
public sealed record ListIndustriesQuery : IQuery<IReadOnlyList<Industry>>;

public sealed class ListIndustriesHandler : IQueryHandler<ListIndustriesQuery, IReadOnlyList<Industry>>
{
    public ValueTask<IReadOnlyList<Industry>> Handle(ListIndustriesQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Industries.All);
}
