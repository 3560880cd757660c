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

/// <summary>A station request carrying an Idempotency-Key (1–64 characters).</summary>
public interface IIdempotentStationRequest
{
    Guid StationId { get; }
    string IdempotencyKey { get; }
    /// <summary>The request's content as compared between retries.</summary>
    string Fingerprint();
}
