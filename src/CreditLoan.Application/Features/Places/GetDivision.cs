using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using Mediator;

namespace CreditLoan.Application.Features.Places;

public sealed record DivisionChild(string Code, string Name);

/// <param name="Level">Province, City, County, Township or Village.</param>
/// <param name="Path">The names from the province down, e.g. "河北省 保定市 定州市 清风店镇".</param>
/// <param name="RetiredIn">The edition of the NBS table that retired the code (still readable for history), else null.</param>
public sealed record DivisionResponse(string Code, string Name, string Level, string? ParentCode, string? ParentName, string Path,
    bool Retired, string? RetiredIn, IReadOnlyList<DivisionChild> Children);

/// <summary>A division with its parent and its current children (GET /api/divisions/{code}; anyone).</summary>
[AllowAnonymousRequest]
public sealed record GetDivisionQuery(string Code) : IQuery<DivisionResponse>;

public sealed class GetDivisionHandler(DivisionCatalog divisions) : IQueryHandler<GetDivisionQuery, DivisionResponse>
{
    public ValueTask<DivisionResponse> Handle(GetDivisionQuery query, CancellationToken cancellationToken)
    {
        var d = divisions.Find(query.Code) ?? throw new NotFoundException("Division", query.Code);
        var children = divisions.Children(d.Code).Select(c => new DivisionChild(c.Code, c.Name)).ToList();
        return ValueTask.FromResult(new DivisionResponse(d.Code, d.Name, d.Level.ToString(), d.ParentCode, divisions.NameOf(d.ParentCode),
            divisions.PathOf(d.Code), d.Retired, d.RetiredIn, children));
    }
}
