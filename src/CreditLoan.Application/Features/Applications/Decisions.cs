using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Calendar;
using CreditLoan.Application.Features.Needs;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CreditLoan.Application.Features.Applications;

internal static class ApplicationAccess
{
    /// <summary>The application, tracked with its history, when it was made to the caller's bank; otherwise 404.</summary>
    public static async Task<LoanApplication> OwnBanksAsync(IAppDbContext db, ICurrentUser user, Guid id, CancellationToken ct)
    {
        var bankId = user.RequireBankId();
        return await db.Applications.Include(a => a.History).FirstOrDefaultAsync(a => a.Id == id && a.BankId == bankId, ct)
               ?? throw new NotFoundException("Application", id);
    }

    /// <summary>Closing an application starts its consent's 90 days.</summary>
    public static async Task CloseConsentAsync(IAppDbContext db, LoanApplication a, DateTimeOffset at, CancellationToken ct)
    {
        var consent = await db.Consents.FirstOrDefaultAsync(c => c.ApplicationId == a.Id, ct);
        consent?.ApplicationClosed(at);
    }

    public static void NotifyEnterprise(IAppDbContext db, LoanApplication a, string phone, string type, string text, DateTimeOffset at) =>
        db.Notify(type, phone, new { applicationId = a.Id, status = a.Status.ToString(), text }, at);

    public static Task<string> PhoneAsync(IAppDbContext db, Guid enterpriseId, CancellationToken ct) =>
        db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.Phone).FirstAsync(ct);
}

[AuthorizeRoles(Roles.Bank)]
public sealed record AcceptApplicationCommand(Guid ApplicationId) : ICommand<ApplicationResponse>;

public sealed class AcceptApplicationHandler(IAppDbContext db, ICurrentUser user, CalendarProvider calendar, IOptions<ServiceTimeLimits> limits,
    TimeProvider clock) : ICommandHandler<AcceptApplicationCommand, ApplicationResponse>
{
    public async ValueTask<ApplicationResponse> Handle(AcceptApplicationCommand command, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.OwnBanksAsync(db, user, command.ApplicationId, cancellationToken);
        var now = clock.GetUtcNow();
        application.Accept(now, await calendar.DeadlineAsync(now, limits.Value.DecideWorkingDays, cancellationToken), user.AuditName());
        ApplicationAccess.NotifyEnterprise(db, application, await ApplicationAccess.PhoneAsync(db, application.EnterpriseId, cancellationToken),
            "ApplicationAccepted", "您的贷款申请已受理", now);
        await db.SaveChangesAsync(cancellationToken);
        return ApplicationResponse.From(application, now);
    }
}

[AuthorizeRoles(Roles.Bank)]
public sealed record ApproveApplicationCommand(decimal Amount, decimal AnnualRate, int TermMonths, RepaymentMethod RepaymentMethod)
    : ICommand<ApplicationResponse>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ApplicationId { get; init; }
}

public sealed class ApproveApplicationValidator : AbstractValidator<ApproveApplicationCommand>
{
    public ApproveApplicationValidator()
    {
        RuleFor(c => c.Amount).PositiveYuan("amount");
        RuleFor(c => c.AnnualRate).GreaterThan(0).LessThanOrEqualTo(36).Must(Money.IsRate)
            .WithMessage("annualRate must be a percentage above 0 with at most 4 decimals.").OverridePropertyName("annualRate");
        RuleFor(c => c.TermMonths).InclusiveBetween(1, 360).OverridePropertyName("termMonths");
        RuleFor(c => c.RepaymentMethod).IsInEnum().OverridePropertyName("repaymentMethod");
    }
}

public sealed class ApproveApplicationHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ApproveApplicationCommand, ApplicationResponse>
{
    public async ValueTask<ApplicationResponse> Handle(ApproveApplicationCommand c, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.OwnBanksAsync(db, user, c.ApplicationId, cancellationToken);
        if (application.Status != ApplicationStatus.Accepted) throw new InvalidStateException("Application", application.Status.ToString(), "approve");
        var product = await db.Products.AsNoTracking().FirstAsync(p => p.Id == application.ProductId, cancellationToken);
        if (c.AnnualRate < product.MinAnnualRate || c.AnnualRate > product.MaxAnnualRate)
            throw new FieldRuleException("annualRate", $"annualRate must be within the product's {product.MinAnnualRate:0.####}–{product.MaxAnnualRate:0.####}%.");
        if (c.TermMonths < product.MinTermMonths || c.TermMonths > product.MaxTermMonths)
            throw new FieldRuleException("termMonths", $"termMonths must be within the product's {product.MinTermMonths}–{product.MaxTermMonths}.");
        if (!product.RepaymentMethods.Contains(c.RepaymentMethod))
            throw new FieldRuleException("repaymentMethod", $"The product offers {string.Join(", ", product.RepaymentMethods)}.");
        var threshold = await db.Banks.Where(b => b.Id == application.BankId).Select(b => b.MakerCheckerThreshold).FirstAsync(cancellationToken);
        var now = clock.GetUtcNow();
        application.Approve(c.Amount, c.AnnualRate, c.TermMonths, c.RepaymentMethod, threshold, now, user.AuditName());
        if (application.Status == ApplicationStatus.Approved)
            ApplicationAccess.NotifyEnterprise(db, application, await ApplicationAccess.PhoneAsync(db, application.EnterpriseId, cancellationToken),
                "ApplicationApproved", $"您的贷款申请已获批：{c.Amount:0.00}元，年利率{c.AnnualRate:0.####}%，{c.TermMonths}个月", now);
        await db.SaveChangesAsync(cancellationToken);
        return ApplicationResponse.From(application, now);
    }
}

[AuthorizeRoles(Roles.Bank)]
public sealed record ConfirmApprovalCommand(Guid ApplicationId) : ICommand<ApplicationResponse>;

public sealed class ConfirmApprovalHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ConfirmApprovalCommand, ApplicationResponse>
{
    public async ValueTask<ApplicationResponse> Handle(ConfirmApprovalCommand command, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.OwnBanksAsync(db, user, command.ApplicationId, cancellationToken);
        var now = clock.GetUtcNow();
        application.ConfirmApproval(now, user.AuditName());
        ApplicationAccess.NotifyEnterprise(db, application, await ApplicationAccess.PhoneAsync(db, application.EnterpriseId, cancellationToken),
            "ApplicationApproved", $"您的贷款申请已获批：{application.ApprovedAmount:0.00}元", now);
        await db.SaveChangesAsync(cancellationToken);
        return ApplicationResponse.From(application, now);
    }
}

[AuthorizeRoles(Roles.Bank)]
public sealed record RejectApplicationCommand(string Reason) : ICommand<ApplicationResponse>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ApplicationId { get; init; }
}

public sealed class RejectApplicationValidator : AbstractValidator<RejectApplicationCommand>
{
    public RejectApplicationValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).OverridePropertyName("reason");
}

public sealed class RejectApplicationHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RejectApplicationCommand, ApplicationResponse>
{
    public async ValueTask<ApplicationResponse> Handle(RejectApplicationCommand command, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.OwnBanksAsync(db, user, command.ApplicationId, cancellationToken);
        var now = clock.GetUtcNow();
        application.Reject(command.Reason, now, user.AuditName());
        await ApplicationAccess.CloseConsentAsync(db, application, now, cancellationToken);
        ApplicationAccess.NotifyEnterprise(db, application, await ApplicationAccess.PhoneAsync(db, application.EnterpriseId, cancellationToken),
            "ApplicationRejected", $"您的贷款申请未获批准：{application.RejectReason}。平台已为您推荐其他匹配产品。", now);
        await db.SaveChangesAsync(cancellationToken);
        return ApplicationResponse.From(application, now);
    }
}

/// <summary>The enterprise (or its authorised agent) withdraws before approval.</summary>
[AuthorizeRoles(Roles.Enterprise, Roles.Agent)]
public sealed record WithdrawApplicationCommand(Guid ApplicationId) : ICommand<ApplicationResponse>;

public sealed class WithdrawApplicationHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<WithdrawApplicationCommand, ApplicationResponse>
{
    public async ValueTask<ApplicationResponse> Handle(WithdrawApplicationCommand command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.History).FirstOrDefaultAsync(a => a.Id == command.ApplicationId, cancellationToken);
        if (application is null || !await ApplicationQueries.CanSeeAsync(db, user, application, cancellationToken) || user.IsInRole(Roles.Bank))
            throw new NotFoundException("Application", command.ApplicationId);
        var now = clock.GetUtcNow();
        application.Withdraw(now, user.AuditName());
        await ApplicationAccess.CloseConsentAsync(db, application, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ApplicationResponse.From(application, now);
    }
}

public sealed record DisburseResponse(Guid Id, ApplicationStatus Status, Guid LoanId, decimal Amount, DateOnly DisbursedOn) : IEntityResponse;

[AuthorizeRoles(Roles.Bank)]
public sealed record DisburseApplicationCommand(decimal Amount, DateOnly DisbursedOn) : ICommand<DisburseResponse>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ApplicationId { get; init; }
}

public sealed class DisburseApplicationValidator : AbstractValidator<DisburseApplicationCommand>
{
    public DisburseApplicationValidator()
    {
        RuleFor(c => c.Amount).PositiveYuan("amount");
        RuleFor(c => c.DisbursedOn).NotEmpty().OverridePropertyName("disbursedOn");
    }
}

/// <summary>Pays out: creates the loan with its schedule, fulfils the need, starts the consent's 90 days, tells the enterprise.</summary>
public sealed class DisburseApplicationHandler(IAppDbContext db, ICurrentUser user, NeedFacts needFacts, CommitCallbacks callbacks, TimeProvider clock)
    : ICommandHandler<DisburseApplicationCommand, DisburseResponse>
{
    public async ValueTask<DisburseResponse> Handle(DisburseApplicationCommand c, CancellationToken cancellationToken)
    {
        var application = await ApplicationAccess.OwnBanksAsync(db, user, c.ApplicationId, cancellationToken);
        var now = clock.GetUtcNow();
        if (application.Status != ApplicationStatus.Approved) throw new InvalidStateException("Application", application.Status.ToString(), "disburse");
        var loan = new Loan(application.Id, application.EnterpriseId, application.BankId, c.Amount, application.ApprovedAnnualRate!.Value,
            application.ApprovedTermMonths!.Value, application.ApprovedRepaymentMethod!.Value, c.DisbursedOn, now);
        application.Disburse(c.Amount, c.DisbursedOn, loan.Id, now, user.AuditName());
        db.Loans.Add(loan);
        if (application.NeedId is { } needId && await db.Needs.FirstOrDefaultAsync(n => n.Id == needId, cancellationToken) is { Status: Domain.Needs.NeedStatus.Open } need)
        {
            need.Fulfil(now);
            callbacks.AfterCommit(needFacts.Invalidate);
        }
        await ApplicationAccess.CloseConsentAsync(db, application, now, cancellationToken);
        ApplicationAccess.NotifyEnterprise(db, application, await ApplicationAccess.PhoneAsync(db, application.EnterpriseId, cancellationToken),
            "LoanDisbursed", $"贷款{c.Amount:0.00}元已于{c.DisbursedOn:yyyy-MM-dd}发放", now);
        await db.SaveChangesAsync(cancellationToken);
        return new DisburseResponse(application.Id, application.Status, loan.Id, c.Amount, c.DisbursedOn);
    }
}
