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

public static class StationRequests
{
    /// <summary>The answer already given to this key, or null; the same key with another request is refused.</summary>
    public static async Task<StationTransactionResponse?> ReplayAsync(IAppDbContext db, IIdempotentStationRequest r, CancellationToken ct) =>
        Replay(await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(x => x.StationId == r.StationId && x.Key == r.IdempotencyKey, ct), r);

    /// <summary>The answer kept in <paramref name="record"/> (the key's first answer or refusal), or null when there is none.</summary>
    public static StationTransactionResponse? Replay(IdempotencyRecord? record, IIdempotentStationRequest r) =>
        record?.Replay<StationTransactionResponse>(r.Fingerprint());

    /// <summary>The record that keeps <paramref name="response"/> as the answer to the request's key.</summary>
    public static IdempotencyRecord Answer(IIdempotentStationRequest r, StationTransactionResponse response, DateTimeOffset at) =>
        IdempotencyRecord.Answered(r.StationId, r.IdempotencyKey, r.Fingerprint(), response, at);

    /// <summary>Stores the transaction with its answer kept under the request's key, in the same save as the posting.</summary>
    public static async Task<StationTransactionResponse> CompleteAsync(IAppDbContext db, IIdempotentStationRequest r, StationTransaction tx,
        DateTimeOffset at, CancellationToken ct)
    {
        db.StationTransactions.Add(tx);
        var response = StationTransactionResponse.From(tx);
        db.IdempotencyRecords.Add(Answer(r, response, at));
        return response;
    }

    public static void KeyRules<T>(AbstractValidator<T> v) where T : IIdempotentStationRequest =>
        v.RuleFor(r => r.IdempotencyKey).NotEmpty().MaximumLength(64).WithMessage("The Idempotency-Key header is required (1-64 characters).")
            .OverridePropertyName("Idempotency-Key");
}
