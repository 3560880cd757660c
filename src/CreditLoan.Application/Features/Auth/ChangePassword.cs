using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Auth;

/// <summary>
/// A signed-in user changes their own password (also the temporary one an administrator set): the new one must meet the
/// policy (product.md §11); every other session and token of the user ends, this one goes on.
/// </summary>
[AuthorizeRoles(Roles.Bureau, Roles.Bank, Roles.Enterprise, Roles.Agent)]
[AllowedWithTemporaryPassword]
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand, ITargetsEntity
{
    public string AuditEntityId => "own-password";
}

public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().MaximumLength(AccountRules.MaximumPasswordLength).OverridePropertyName("currentPassword");
        RuleFor(c => c.NewPassword).NotEmpty().MinimumLength(AccountRules.MinimumPasswordLength).MaximumLength(AccountRules.MaximumPasswordLength)
            .NotEqual(c => c.CurrentPassword).WithMessage("newPassword must differ from the current password.").OverridePropertyName("newPassword");
    }
}

public sealed class ChangePasswordHandler(IAppDbContext db, ICurrentUser user, UserManager<AppUser> users, ISignInThrottle throttle,
    ISessionRegistry sessions, CommitCallbacks callbacks, TimeProvider clock) : ICommandHandler<ChangePasswordCommand>
{
    public async ValueTask<Unit> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var account = await db.Users.FirstOrDefaultAsync(u => u.Id == user.UserId, cancellationToken) ?? throw new UnauthenticatedException();
        // guessing the current password here is throttled like guessing it at sign-in
        throttle.Check(account.UserName!, user.ClientAddress);
        bool correct;
        using (await throttle.HashingSlotAsync(cancellationToken))
            correct = account.PasswordHash is not null
                      && users.PasswordHasher.VerifyHashedPassword(account, account.PasswordHash, command.CurrentPassword) != PasswordVerificationResult.Failed;
        if (!correct)
        {
            throttle.Failed(account.UserName!, user.ClientAddress);
            throw new FieldValidationException("currentPassword", "The current password is not correct.");
        }
        var refusals = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
            refusals.AddRange((await validator.ValidateAsync(users, account, command.NewPassword)).Errors);
        if (refusals.Count > 0)
            throw new FluentValidation.ValidationException(refusals.Select(e => new FluentValidation.Results.ValidationFailure("newPassword", e.Description) { ErrorCode = e.Code }));
        account.PasswordHash = users.PasswordHasher.HashPassword(account, command.NewPassword);
        account.SecurityStamp = Guid.NewGuid().ToString("N");
        account.MustChangePassword = false;
        await db.EndAllAsync(account.Id, SessionEnd.PasswordChanged, clock.GetUtcNow(), callbacks, sessions, cancellationToken, except: user.SessionId);
        return Unit.Value;
    }
}
