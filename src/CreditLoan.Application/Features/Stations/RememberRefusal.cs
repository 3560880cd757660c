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

/// <summary>
/// Keeps a refusal (422) under its Idempotency-Key, in a transaction of its own after the refused one rolled back, so
/// that a retry of the same request gets the same answer (product.md §7: a retry returns the first result).
/// </summary>
[AuthorizeRoles(Roles.Agent)]
public sealed record RememberRefusalCommand(Guid StationId, string IdempotencyKey, string RequestHash, string Detail, string? Field) : ICommand<Unit>, ITargetsEntity
{
    public string AuditEntityId => $"{StationId}/{IdempotencyKey}";
}

public sealed class RememberRefusalHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RememberRefusalCommand, Unit>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask<Unit> Handle(RememberRefusalCommand c, CancellationToken ct)
    {
        if (user.RequireStationId() != c.StationId) throw new NotFoundException("Station", c.StationId);
        if (await db.IdempotencyRecords.AnyAsync(r => r.StationId == c.StationId && r.Key == c.IdempotencyKey, ct)) return Unit.Value;
        db.IdempotencyRecords.Add(new IdempotencyRecord(c.StationId, c.IdempotencyKey, c.RequestHash, JsonSerializer.Serialize(c.Detail, Json),
            clock.GetUtcNow(), 422, c.Field));
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
