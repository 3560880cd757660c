using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

public sealed record AccountResponse(Guid Id, string AccountNo, string HolderName, string IdNumberMasked, decimal Balance, DateTimeOffset OpenedAt) : IEntityResponse;
