using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Banks;

public sealed record BankResponse(Guid Id, string Name, string CreditCode, BankStatus Status, DateTimeOffset CreatedAt) : IEntityResponse
{
    public static BankResponse From(Bank b) => new(b.Id, b.Name, b.CreditCode, b.Status, b.CreatedAt);
}
