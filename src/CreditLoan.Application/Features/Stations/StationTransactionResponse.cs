using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

public sealed record StationTransactionResponse(
    Guid Id,
    string ReceiptNo,
    DateOnly BusinessDate,
    string Type,
    decimal Amount,
    decimal? BalanceAfter,
    decimal StationCashAfter,
    string? AccountNo,
    Guid StationId,
    DateTimeOffset PostedAt,
    Guid? ReversedById = null,
    Guid? ReversalOfId = null) : IEntityResponse
{
    /// <param name="t">The transaction; <c>ReversedById</c> is set once a reversal (冲正) undid it, <c>ReversalOfId</c> on a reversal.</param>
    public static StationTransactionResponse From(StationTransaction t) => new(t.Id, t.ReceiptNo, t.BusinessDate, t.Type, t.Amount, t.BalanceAfter,
        t.StationCashAfter, t.MaskedAccountNo, t.StationId, t.PostedAt, t.ReversedById, t.ReversalOfId);
}
