using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

public static class StationDays
{
    /// <summary>The station's business day as it stands: its last closed date, its oldest unclosed posting date, today (product.md §10).</summary>
    public static async Task<StationBusinessDay> StateAsync(IAppDbContext db, Guid stationId, DateTimeOffset now, CancellationToken ct)
    {
        var lastClosed = await db.StationDays.AsNoTracking().Where(d => d.StationId == stationId)
            .MaxAsync(d => (DateOnly?)d.BusinessDate, ct);
        var oldestUnclosed = await db.StationTransactions.AsNoTracking()
            .Where(t => t.StationId == stationId && (lastClosed == null || t.BusinessDate > lastClosed))
            .MinAsync(t => (DateOnly?)t.BusinessDate, ct);
        return new StationBusinessDay(lastClosed, oldestUnclosed, ChinaTime.DateOf(now));
    }

    /// <summary>The station's cash as its entries stand at the end of a business date.</summary>
    public static async Task<decimal> CashAtEndOfAsync(IAppDbContext db, Guid cashAccountId, DateOnly date, CancellationToken ct)
    {
        var entries = await db.Postings.AsNoTracking().Where(p => p.BusinessDate <= date).SelectMany(p => p.Entries)
            .Where(e => e.AccountId == cashAccountId).Select(e => new { e.Debit, e.Credit }).ToListAsync(ct);
        return entries.Sum(e => e.Debit - e.Credit);
    }
}

public sealed record SettlementResponse(Guid StationId, DateOnly BusinessDate, decimal ExpectedCash, decimal CountedCash, decimal Difference,
    int Transactions, IReadOnlyDictionary<string, decimal> AmountsByType, DateTimeOffset ClosedAt);

/// <summary>End of day (日终): counted cash closes the business date; a difference (长短款) is posted and reported.</summary>
[AuthorizeRoles(Roles.Agent)]
public sealed record SettleStationDayCommand(DateOnly BusinessDate, decimal CountedCash) : ICommand<SettlementResponse>, ITargetsEntity
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid StationId { get; init; }

    public string AuditEntityId => $"{StationId}/{BusinessDate:yyyy-MM-dd}";
}

public sealed class SettleStationDayValidator : AbstractValidator<SettleStationDayCommand>
{
    public SettleStationDayValidator()
    {
        RuleFor(c => c.BusinessDate).NotEmpty().OverridePropertyName("businessDate");
        RuleFor(c => c.CountedCash).GreaterThanOrEqualTo(0).Must(Money.IsYuan).WithMessage("countedCash must be a yuan amount of 0 or more.")
            .OverridePropertyName("countedCash");
    }
}

public sealed class SettleStationDayHandler(IAppDbContext db, ICurrentUser user, IStationLock stationLock, TimeProvider clock)
    : ICommandHandler<SettleStationDayCommand, SettlementResponse>
{
    public async ValueTask<SettlementResponse> Handle(SettleStationDayCommand c, CancellationToken ct)
    {
        // first statement of the transaction: in-flight postings finish first, new ones wait for the close, and on InnoDB
        // every read below sees what they committed
        await stationLock.ExclusiveAsync(c.StationId, ct);
        var station = await StationRequests.OwnStationAsync(db, user, c.StationId, ct);
        var now = clock.GetUtcNow();
        (await StationDays.StateAsync(db, station.Id, now, ct)).CheckClose(c.BusinessDate);

        var cash = await BankBooks.StationCashAsync(db, station, now, ct);
        var expected = await StationDays.CashAtEndOfAsync(db, cash.Id, c.BusinessDate, ct);
        var day = await db.StationTransactions.AsNoTracking().Where(t => t.StationId == station.Id && t.BusinessDate == c.BusinessDate)
            .Select(t => new { t.Type, t.Amount }).ToListAsync(ct);
        var settlement = new StationDay(station.Id, c.BusinessDate, expected, c.CountedCash, day.Count, now, user.AuditName());
        if (settlement.Difference != 0)
        {
            var difference = await BankBooks.AccountAsync(db, station.PartnerBankId, LedgerAccountKind.CashDifference, now, ct);
            db.Postings.Add(Posting.Create([settlement.Difference > 0
                ? (cash, difference, settlement.Difference)
                : (difference, cash, -settlement.Difference)], c.BusinessDate, now));
        }
        db.StationDays.Add(settlement);
        await db.SaveChangesAsync(ct);
        return new SettlementResponse(station.Id, c.BusinessDate, expected, c.CountedCash, settlement.Difference, day.Count,
            day.GroupBy(t => t.Type).ToDictionary(g => g.Key, g => g.Sum(t => t.Amount)), now);
    }
}

/// <summary>Reverses (冲正) a transaction of the current business date with the mirror posting; once only.</summary>
[AuthorizeRoles(Roles.Agent)]
public sealed record ReverseStationTransactionCommand(Guid TransactionId) : ICommand<StationTransactionResponse>, IIdempotentStationRequest
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid StationId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string IdempotencyKey { get; init; } = "";

    public string Fingerprint() => $"Reverse|{TransactionId}";
}

public sealed class ReverseStationTransactionValidator : AbstractValidator<ReverseStationTransactionCommand>
{
    public ReverseStationTransactionValidator() => StationRequests.KeyRules(this);
}

public sealed class ReverseStationTransactionHandler(IAppDbContext db, ICurrentUser user, IStationLock stationLock, TimeProvider clock)
    : ICommandHandler<ReverseStationTransactionCommand, StationTransactionResponse>
{
    public async ValueTask<StationTransactionResponse> Handle(ReverseStationTransactionCommand c, CancellationToken ct)
    {
        await stationLock.SharedAsync(c.StationId, ct);
        var station = await StationRequests.OwnStationAsync(db, user, c.StationId, ct);
        if (await StationRequests.ReplayAsync(db, c, ct) is { } first) return first;
        var original = await db.StationTransactions.FirstOrDefaultAsync(t => t.Id == c.TransactionId && t.StationId == station.Id, ct)
                       ?? throw new NotFoundException("Transaction", c.TransactionId);
        var now = clock.GetUtcNow();
        var day = await StationDays.StateAsync(db, station.Id, now, ct);
        if (!day.IsCurrent(original.BusinessDate))
            throw new InvalidStateException("Transaction", $"of closed business date {original.BusinessDate:yyyy-MM-dd}", "reverse");
        var open = day.ForPosting();
        if (original.ReversedById is not null) throw new InvalidStateException("Transaction", "Reversed", "reverse");

        var posting = await db.Postings.AsNoTracking().FirstAsync(p => p.Id == original.PostingId, ct);
        var accountIds = posting.Entries.Select(e => e.AccountId).Distinct().ToList();
        var accounts = await db.LedgerAccounts.Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var legs = posting.Entries.OrderBy(e => e.Line).Chunk(2)
            .Select(pair => (Debit: accounts[pair[1].AccountId], Credit: accounts[pair[0].AccountId], Amount: pair[0].Debit)).ToList();
        var mirror = Posting.Create(legs, open, now);
        db.Postings.Add(mirror);
        var cash = accounts.Values.FirstOrDefault(a => a.Kind == LedgerAccountKind.StationCash)
                   ?? await BankBooks.StationCashAsync(db, station, now, ct);
        var customer = original.AccountId is { } id && accounts.TryGetValue(id, out var a) ? a : null;
        var reversal = new StationTransaction(station.Id, "Reversal", original.AccountId, original.MaskedAccountNo, original.ToAccountId, original.Amount,
            original.BillNo, original.Payee, open, now, mirror.Id, customer?.Balance, cash.Balance, user.UserName ?? user.AuditName());
        original.MarkReversedBy(reversal);
        return await StationRequests.CompleteAsync(db, c, reversal, now, ct);
    }
}

public sealed record CommissionLine(string Type, int Count, decimal Amount, decimal Commission);

public sealed record CommissionStatement(Guid StationId, string Month, IReadOnlyList<CommissionLine> Items, decimal Total);

/// <summary>A station's monthly statement: each service type's count and amount times the bank's fee; reversed ones do not count.</summary>
[AuthorizeRoles(Roles.Agent, Roles.Bank, Roles.Bureau)]
public sealed record GetCommissionsQuery(Guid StationId, string? Month) : IQuery<CommissionStatement>;

public sealed class GetCommissionsValidator : AbstractValidator<GetCommissionsQuery>
{
    public GetCommissionsValidator() => RuleFor(q => q.Month).Matches(@"^[0-9]{4}-(0[1-9]|1[0-2])\z").WithMessage("month must be yyyy-MM.")
        .OverridePropertyName("month").When(q => q.Month is not null);
}

public sealed class GetCommissionsHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetCommissionsQuery, CommissionStatement>
{
    public async ValueTask<CommissionStatement> Handle(GetCommissionsQuery q, CancellationToken ct)
    {
        var station = await StationReaders.VisibleAsync(db, user, q.StationId, ct);
        var month = q.Month ?? ChinaTime.Today(clock).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var first = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var next = first.AddMonths(1);
        var services = Enum.GetNames<TransactionType>();
        var rows = await db.StationTransactions.AsNoTracking()
            .Where(t => t.StationId == station.Id && t.BusinessDate >= first && t.BusinessDate < next && t.ReversedById == null && services.Contains(t.Type))
            .Select(t => new { t.Type, t.Amount }).ToListAsync(ct);
        var fees = (await db.Banks.AsNoTracking().Include(b => b.Commissions).FirstAsync(b => b.Id == station.PartnerBankId, ct))
            .Commissions.ToDictionary(c => c.Type.ToString(), c => c.Fee);
        var items = rows.GroupBy(r => r.Type).OrderBy(g => g.Key)
            .Select(g => new CommissionLine(g.Key, g.Count(), g.Sum(r => r.Amount), g.Count() * fees.GetValueOrDefault(g.Key))).ToList();
        return new CommissionStatement(station.Id, month, items, items.Sum(i => i.Commission));
    }
}

public sealed record JobResponse(Guid Id, Guid EnterpriseId, string? EnterpriseName, string Title, string DivisionCode, string Salary, string? Description,
    string? ContactPhone, DateTimeOffset PostedAt) : IEntityResponse;

[AuthorizeRoles(Roles.Enterprise)]
public sealed record PostJobCommand(string Title, string DivisionCode, string Salary, string? Description, string? ContactPhone) : ICommand<JobResponse>;

public sealed class PostJobValidator : AbstractValidator<PostJobCommand>
{
    public PostJobValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(100).OverridePropertyName("title");
        RuleFor(c => c.DivisionCode).Must(d => Identifiers.IsValidDivision(d) && d.Length is 9 or 12)
            .WithMessage("divisionCode must be a 9-digit township or 12-digit village code.").OverridePropertyName("divisionCode");
        RuleFor(c => c.Salary).NotEmpty().MaximumLength(50).OverridePropertyName("salary");
        RuleFor(c => c.Description).MaximumLength(2000).OverridePropertyName("description");
        RuleFor(c => c.ContactPhone).Must(Identifiers.IsValidMobile).WithMessage("contactPhone must be an 11-digit mobile number.")
            .OverridePropertyName("contactPhone").When(c => c.ContactPhone is not null);
    }
}

public sealed class PostJobHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<PostJobCommand, JobResponse>
{
    public async ValueTask<JobResponse> Handle(PostJobCommand c, CancellationToken ct)
    {
        var enterpriseId = user.RequireEnterpriseId();
        var name = await db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.Name).FirstAsync(ct);
        var job = new JobPosting(enterpriseId, c.Title.Trim(), c.DivisionCode, c.Salary.Trim(), c.Description, c.ContactPhone, clock.GetUtcNow());
        db.Jobs.Add(job);
        await db.SaveChangesAsync(ct);
        return new JobResponse(job.Id, enterpriseId, name, job.Title, job.DivisionCode, job.Salary, job.Description, job.ContactPhone, job.PostedAt);
    }
}

/// <summary>Job postings in a division: a township code also lists its villages' postings.</summary>
[AllowAnonymousRequest]
public sealed record ListJobsQuery(string? Division, int Page = 1, int PageSize = Common.Models.Paging.DefaultPageSize)
    : IQuery<Common.Models.PagedList<JobResponse>>, Common.Models.IPagedQuery;

public sealed class ListJobsValidator : AbstractValidator<ListJobsQuery>
{
    public ListJobsValidator()
    {
        Common.Models.Paging.AddPagingRules(this);
        RuleFor(q => q.Division).Must(Identifiers.IsValidDivision).WithMessage("division must be a 6, 9 or 12-digit division code.")
            .OverridePropertyName("division");
    }
}

public sealed class ListJobsHandler(IAppDbContext db) : IQueryHandler<ListJobsQuery, Common.Models.PagedList<JobResponse>>
{
    public async ValueTask<Common.Models.PagedList<JobResponse>> Handle(ListJobsQuery q, CancellationToken ct)
    {
        var jobs = db.Jobs.AsNoTracking().Where(j => j.DivisionCode.StartsWith(q.Division!));
        var total = await jobs.CountAsync(ct);
        var items = await (from j in jobs
                           join e in db.Enterprises.AsNoTracking() on j.EnterpriseId equals e.Id
                           orderby j.PostedAt descending, j.Id
                           select new JobResponse(j.Id, j.EnterpriseId, e.Name, j.Title, j.DivisionCode, j.Salary, j.Description, j.ContactPhone, j.PostedAt))
            .Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToListAsync(ct);
        return new Common.Models.PagedList<JobResponse>(items, q.Page, q.PageSize, total);
    }
}
