using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Banks;

/// <summary>The shape rules of a new officer or agent account.</summary>
public abstract class NewAccountValidator<T> : AbstractValidator<T>
{
    protected void AddAccountRules(Func<T, string> userName, Func<T, string> password, Func<T, string> displayName)
    {
        RuleFor(c => userName(c)).NotEmpty().Matches(AccountRules.UserNamePattern)
            .WithMessage("userName must be 3-64 letters, digits or . _ @ -").OverridePropertyName("userName");
        RuleFor(c => password(c)).NotEmpty().MinimumLength(AccountRules.MinimumPasswordLength).MaximumLength(AccountRules.MaximumPasswordLength).OverridePropertyName("password");
        RuleFor(c => displayName(c)).NotEmpty().MaximumLength(100).OverridePropertyName("displayName");
    }
}
