using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CreditLoan.Application.Features.Auth;

/// <summary>Signs access tokens; the key lives outside the application layer.</summary>
public interface ITokenIssuer
{
    (string Token, DateTimeOffset ExpiresAt) Issue(AppUser user);
}
