using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Notices;
using CreditLoan.Application.Features.Places;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Notices;

/// <summary>The bureau's broadcast (通知) to enterprises selected by township and/or industry, delivered through the outbox.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record SendNoticeCommand([property: MultiLine] string Text, IReadOnlyList<string>? Townships, IReadOnlyList<string>? Industries) : ICommand<NoticeResponse>;

public sealed class SendNoticeValidator : AbstractValidator<SendNoticeCommand>
{
    public SendNoticeValidator(Places.DivisionCatalog divisions)
    {
        RuleFor(c => c.Text).NotEmpty().MaximumLength(500).OverridePropertyName("text");
        RuleFor(c => c.Townships).Must(t => t is null || t.Count <= 500).WithMessage("townships lists at most 500 codes.").OverridePropertyName("townships");
        RuleForEach(c => c.Townships).Cascade(CascadeMode.Stop).Must(t => t is { Length: 9 } && Identifiers.IsValidDivision(t))
            .WithMessage((_, t) => $"'{t}' is not a 9-digit township code.").KnownDivision(divisions, Domain.Places.DivisionLevel.Township)
            .OverridePropertyName("townships");
        RuleFor(c => c.Industries).Must(t => t is null || t.Count <= 100).WithMessage("industries lists at most 100 codes.").OverridePropertyName("industries");
        RuleForEach(c => c.Industries).Cascade(CascadeMode.Stop).Must(Identifiers.IsValidIndustry)
            .WithMessage((_, i) => $"'{i}' is not a GB/T 4754 industry code (a section letter, or a letter and two digits).").KnownIndustry()
            .OverridePropertyName("industries");
    }
}

public sealed class SendNoticeHandler(IAppDbContext db, Places.DivisionCatalog divisions, ICurrentUser user, TimeProvider clock) : ICommandHandler<SendNoticeCommand, NoticeResponse>
{
    public async ValueTask<NoticeResponse> Handle(SendNoticeCommand c, CancellationToken ct)
    {
        var townships = (c.Townships ?? []).Distinct().Order(StringComparer.Ordinal).ToList();
        var industries = (c.Industries ?? []).Distinct().Order(StringComparer.Ordinal).ToList();
        var recipients = await db.Enterprises.AsNoTracking().Select(e => new { e.Id, e.DivisionCode, e.Industry, e.Phone }).ToListAsync(ct);
        var chosen = recipients
            .Where(e => townships.Count == 0 || townships.Any(t => e.DivisionCode.StartsWith(t, StringComparison.Ordinal)))
            .Where(e => industries.Count == 0 || industries.Any(i => e.Industry.StartsWith(i, StringComparison.Ordinal)))
            .ToList();
        if (chosen.Count == 0)
            throw new FieldRuleException(townships.Count > 0 ? "townships" : "industries", "No registered enterprise is in the townships and industries chosen.")
                { Code = "NoticeNoRecipients" };
        var now = clock.GetUtcNow();
        var notice = new Notice(c.Text.Trim(), townships, industries, chosen.Count, now, user.AuditName());
        db.Notices.Add(notice);
        foreach (var e in chosen)
            db.Notify("Notice", $"enterprise:{e.Id}", new { noticeId = notice.Id, phone = e.Phone, text = notice.Text }, now, notice.DeliveryKey(e.Id));
        return new NoticeResponse(notice.Id, notice.Text, townships, industries, chosen.Count, 0, 0, chosen.Count, now, notice.CreatedBy).Named(divisions);
    }
}
