using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Notices;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Notices;

public sealed record NoticeResponse(Guid Id, string Text, IReadOnlyList<string> Townships, IReadOnlyList<string> Industries, int Recipients,
    int Delivered, int Failed, int Pending, DateTimeOffset CreatedAt, string CreatedBy) : IEntityResponse
{
    /// <summary>The townships' names, in the order of <see cref="Townships"/>.</summary>
    public IReadOnlyList<string?> TownshipNames { get; init; } = [];

    /// <summary>The industries' names, in the order of <see cref="Industries"/>.</summary>
    public IReadOnlyList<string?> IndustryNames { get; init; } = [];

    public NoticeResponse Named(Places.DivisionCatalog divisions) => this with
    {
        TownshipNames = Townships.Select(divisions.NameOf).ToList(),
        IndustryNames = Industries.Select(Domain.Places.Industries.NameOf).ToList(),
    };
}
