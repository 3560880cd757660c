using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Messages;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Messages;

/// <summary>
/// The enterprise's message centre (站内信), newest first: every tab or one (<see cref="EnterpriseMessage.Categories"/>),
/// optionally the unread only; with the unread count of each tab.
/// </summary>
[AuthorizeRoles(Roles.Enterprise)]
public sealed record ListMessagesQuery(string? Category = null, bool UnreadOnly = false, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<MessagesResponse>, IPagedQuery;

public sealed record MessageResponse(Guid Id, string Type, string Category, string Text, Guid? ApplicationId, Guid? ProductId, Guid? NeedId,
    DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public bool Read => ReadAt is not null;
}

public sealed record MessagesResponse(IReadOnlyList<MessageResponse> Items, int Page, int PageSize, int Total, int Unread,
    IReadOnlyDictionary<string, int> UnreadByCategory);

public sealed class ListMessagesValidator : AbstractValidator<ListMessagesQuery>
{
    public ListMessagesValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Category).Must(c => c is null || EnterpriseMessage.Categories.Contains(c))
            .WithMessage($"category must be one of {string.Join(", ", EnterpriseMessage.Categories)}.").OverridePropertyName("category");
    }
}

public sealed class ListMessagesHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListMessagesQuery, MessagesResponse>
{
    public async ValueTask<MessagesResponse> Handle(ListMessagesQuery q, CancellationToken cancellationToken)
    {
        var mine = db.Messages.AsNoTracking().VisibleTo(user);
        var unread = await mine.Where(m => m.ReadAt == null).GroupBy(m => m.Category).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var listed = mine;
        if (q.Category is { } category) listed = listed.Where(m => m.Category == category);
        if (q.UnreadOnly) listed = listed.Where(m => m.ReadAt == null);
        var total = await listed.CountAsync(cancellationToken);
        var page = await listed.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
            .Select(m => new MessageResponse(m.Id, m.Type, m.Category, m.Text, m.ApplicationId, m.ProductId, m.NeedId, m.CreatedAt, m.ReadAt))
            .ToListAsync(cancellationToken);
        return new MessagesResponse(page, q.Page, q.PageSize, total, unread.Values.Sum(), unread);
    }
}
