using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Places;
using FluentValidation;
using Mediator;

namespace CreditLoan.Application.Features.Places;

public sealed record DivisionHit(string Code, string Name, string Level, string? ParentCode, string Path);

/// <summary>
/// Current divisions by name for the portal's pickers (GET /api/divisions?q=&amp;within=&amp;level=&amp;limit=; anyone):
/// with <c>q</c>, those whose name contains it, within a division's subtree and at a level if given, in code order;
/// without, the divisions directly under <c>within</c> (the provinces when it is absent).
/// </summary>
[AllowAnonymousRequest]
public sealed record SearchDivisionsQuery(string? Q, string? Within, string? Level, int Limit = 20) : IQuery<IReadOnlyList<DivisionHit>>;

public sealed class SearchDivisionsValidator : AbstractValidator<SearchDivisionsQuery>
{
    public SearchDivisionsValidator()
    {
        RuleFor(q => q.Q).MaximumLength(50).OverridePropertyName("q");
        RuleFor(q => q.Within).Must(w => w is null || DivisionCodes.LevelOf(w) is not null)
            .WithMessage("within 须为 2、4、6、9 或 12 位区划代码").OverridePropertyName("within");
        RuleFor(q => q.Level).IsEnumName(typeof(DivisionLevel), caseSensitive: false).When(q => q.Level is not null)
            .WithMessage("level 须为 Province、City、County、Township 或 Village").OverridePropertyName("level");
        RuleFor(q => q.Limit).InclusiveBetween(1, 1000).OverridePropertyName("limit");
    }
}

public sealed class SearchDivisionsHandler(DivisionCatalog divisions) : IQueryHandler<SearchDivisionsQuery, IReadOnlyList<DivisionHit>>
{
    public ValueTask<IReadOnlyList<DivisionHit>> Handle(SearchDivisionsQuery query, CancellationToken cancellationToken)
    {
        var level = query.Level is null ? (DivisionLevel?)null : Enum.Parse<DivisionLevel>(query.Level, ignoreCase: true);
        var text = query.Q?.Trim();
        var found = string.IsNullOrEmpty(text)
            ? divisions.Children(query.Within).Where(d => level is null || d.Level == level).Take(query.Limit).ToList()
            : divisions.Search(text, query.Within, level, query.Limit);
        IReadOnlyList<DivisionHit> hits = found.Select(d => new DivisionHit(d.Code, d.Name, d.Level.ToString(), d.ParentCode, divisions.PathOf(d.Code))).ToList();
        return ValueTask.FromResult(hits);
    }
}
