using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Messages;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Messages;

/// <summary>Every unread message of the enterprise, or of one tab of its centre, marked read.</summary>
[AuthorizeRoles(Roles.Enterprise)]
public sealed record MarkAllMessagesReadCommand(string? Category = null) : ICommand<UnreadMessagesResponse>;

public sealed class MarkAllMessagesReadValidator : AbstractValidator<MarkAllMessagesReadCommand>
{
    public MarkAllMessagesReadValidator() =>
        RuleFor(c => c.Category).Must(c => c is null || EnterpriseMessage.Categories.Contains(c))
            .WithMessage($"category must be one of {string.Join(", ", EnterpriseMessage.Categories)}.").OverridePropertyName("category");
}

public sealed class MarkAllMessagesReadHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<MarkAllMessagesReadCommand, UnreadMessagesResponse>
{
    public async ValueTask<UnreadMessagesResponse> Handle(MarkAllMessagesReadCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var before = await db.Messages.VisibleTo(user).CountAsync(m => m.ReadAt == null, cancellationToken);
        var unread = db.Messages.VisibleTo(user).Where(m => m.ReadAt == null);
        if (command.Category is { } category) unread = unread.Where(m => m.Category == category);
        var marked = await unread.ToListAsync(cancellationToken);
        foreach (var message in marked) message.MarkRead(now);
        return new(before - marked.Count);
    }
}
