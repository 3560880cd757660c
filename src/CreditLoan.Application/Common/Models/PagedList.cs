using FluentValidation;

namespace CreditLoan.Application.Common.Models;

/// <summary>One page of a list, as api.md's "Lists" convention describes.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>Paging parameters shared by every list query.</summary>
public interface IPagedQuery
{
    int Page { get; }
    int PageSize { get; }
}

public static class Paging
{
    public const int MaxPageSize = 200;

    /// <summary>Pages beyond this are refused (far past any list's end; and page × size stays a sane number).</summary>
    public const int MaxPage = 100_000;
    public const int DefaultPageSize = 20;

    public static void AddPagingRules<T>(this AbstractValidator<T> validator) where T : IPagedQuery
    {
        validator.RuleFor(q => q.Page).InclusiveBetween(1, MaxPage).OverridePropertyName("page");
        validator.RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize).OverridePropertyName("pageSize");
    }
}
