using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Banks;

/// <summary>A platform account as shown to the bureau (never with its password).</summary>
public sealed record UserResponse(string Id, string UserName, string DisplayName, string Role, Guid? BankId, Guid? EnterpriseId, Guid? StationId) : ITargetsEntity
{
    public string AuditEntityId => Id;

    public static UserResponse From(AppUser u) => new(u.Id, u.UserName!, u.DisplayName, u.Role, u.BankId, u.EnterpriseId, u.StationId);
}
