using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

public sealed record StationTransactionResponse(
    Guid Id,
    string ReceiptNo,
    DateOnly BusinessDate,
    string Type,
    decimal Amount,
    decimal? BalanceAfter,
    decimal StationCashAfter,
    string? AccountNo,
    Guid StationId,
    DateTimeOffset PostedAt) : IEntityResponse
{
    public static StationTransactionResponse From(StationTransaction t) => new(t.Id, t.ReceiptNo, t.BusinessDate, t.Type, t.Amount, t.BalanceAfter,
        t.StationCashAfter, t.MaskedAccountNo, t.StationId, t.PostedAt);
}

/// <summary>A station request carrying an Idempotency-Key (1–64 characters).</summary>
public interface IIdempotentStationRequest
{
    Guid StationId { get; }
    string IdempotencyKey { get; }
    /// <summary>The request's content as compared between retries.</summary>
    string Fingerprint();
}

public static class StationRequests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Hash(string fingerprint) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)));

    /// <summary>The answer already given to this key, or null; the same key with another request is refused.</summary>
    public static async Task<StationTransactionResponse?> ReplayAsync(IAppDbContext db, IIdempotentStationRequest r, CancellationToken ct) =>
        Replay(await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(x => x.StationId == r.StationId && x.Key == r.IdempotencyKey, ct), r);

    /// <summary>The answer kept in <paramref name="record"/> (the key's first answer), or null when there is none.</summary>
    public static StationTransactionResponse? Replay(IdempotencyRecord? record, IIdempotentStationRequest r)
    {
        if (record is null) return null;
        if (record.RequestHash != Hash(r.Fingerprint()))
            throw new FieldRuleException("Idempotency-Key", "This Idempotency-Key was already used for a different request.");
        if (record.StatusCode != 201)
        {
            // the first answer was a refusal: the retry gets the same refusal, whatever changed since
            var detail = JsonSerializer.Deserialize<string>(record.ResponseJson, Json) ?? "Refused.";
            throw record.RefusedField is { } field ? new FieldRuleException(field, detail) : new DomainException(detail);
        }
        return JsonSerializer.Deserialize<StationTransactionResponse>(record.ResponseJson, Json);
    }

    /// <summary>The record that keeps <paramref name="response"/> as the answer to the request's key.</summary>
    public static IdempotencyRecord Answer(IIdempotentStationRequest r, StationTransactionResponse response, DateTimeOffset at) =>
        new(r.StationId, r.IdempotencyKey, Hash(r.Fingerprint()), JsonSerializer.Serialize(response, Json), at);

    /// <summary>Stores the transaction with its answer kept under the request's key, in the same save as the posting.</summary>
    public static async Task<StationTransactionResponse> CompleteAsync(IAppDbContext db, IIdempotentStationRequest r, StationTransaction tx,
        DateTimeOffset at, CancellationToken ct)
    {
        db.StationTransactions.Add(tx);
        var response = StationTransactionResponse.From(tx);
        db.IdempotencyRecords.Add(Answer(r, response, at));
        await db.SaveChangesAsync(ct);
        return response;
    }

    /// <summary>The station, when the caller is one of its agents; otherwise 404.</summary>
    public static async Task<Station> OwnStationAsync(IAppDbContext db, ICurrentUser user, Guid stationId, CancellationToken ct)
    {
        if (user.RequireStationId() != stationId) throw new NotFoundException("Station", stationId);
        return await db.Stations.AsNoTracking().FirstOrDefaultAsync(s => s.Id == stationId, ct) ?? throw new NotFoundException("Station", stationId);
    }

    public static void KeyRules<T>(AbstractValidator<T> v) where T : IIdempotentStationRequest =>
        v.RuleFor(r => r.IdempotencyKey).NotEmpty().MaximumLength(64).WithMessage("The Idempotency-Key header is required (1-64 characters).")
            .OverridePropertyName("Idempotency-Key");
}

/// <summary>A cash or payment service at the counter (product.md §7), posted to the sandbox core as one balanced posting.</summary>
[AuthorizeRoles(Roles.Agent)]
public sealed record PostStationTransactionCommand(TransactionType Type, string AccountNo, decimal Amount, string? ToAccountNo, string? BillNo, string? Payee)
    : ICommand<StationTransactionResponse>, IIdempotentStationRequest, ICommitsItself
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid StationId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string IdempotencyKey { get; init; } = "";

    public string Fingerprint() => $"{Type}|{AccountNo}|{Amount:0.00}|{ToAccountNo}|{BillNo}|{Payee}";
}

public sealed class PostStationTransactionValidator : AbstractValidator<PostStationTransactionCommand>
{
    public PostStationTransactionValidator()
    {
        StationRequests.KeyRules(this);
        RuleFor(c => c.Type).IsInEnum().OverridePropertyName("type");
        RuleFor(c => c.AccountNo).NotEmpty().MaximumLength(40).OverridePropertyName("accountNo");
        RuleFor(c => c.Amount).GreaterThan(0).LessThanOrEqualTo(1_000_000m).Must(Money.IsYuan)
            .WithMessage("amount must be a positive yuan amount with at most 2 decimals.").OverridePropertyName("amount");
        RuleFor(c => c.ToAccountNo).NotEmpty().NotEqual(c => c.AccountNo).WithMessage("toAccountNo must be another account.")
            .OverridePropertyName("toAccountNo").When(c => c.Type == TransactionType.Transfer);
        RuleFor(c => c.BillNo).NotEmpty().MaximumLength(40).OverridePropertyName("billNo").When(c => c.Type == TransactionType.UtilityPayment);
        RuleFor(c => c.Payee).NotEmpty().MaximumLength(100).OverridePropertyName("payee").When(c => c.Type == TransactionType.UtilityPayment);
    }
}

public sealed class PostStationTransactionHandler(ICounterBooks books, ICurrentUser user)
    : ICommandHandler<PostStationTransactionCommand, StationTransactionResponse>
{
    public async ValueTask<StationTransactionResponse> Handle(PostStationTransactionCommand c, CancellationToken ct)
    {
        if (user.RequireStationId() != c.StationId) throw new NotFoundException("Station", c.StationId);
        string[] customers = c.Type == TransactionType.Transfer && c.ToAccountNo is { } to ? [c.AccountNo, to] : [c.AccountNo];
        var read = new CounterRead(c.StationId, c.IdempotencyKey, customers, c.Type == TransactionType.UtilityPayment,
            c.Type is TransactionType.CashWithdrawal or TransactionType.PensionWithdrawal);
        // the decision may run on the books' writer thread: who is asking is captured here, from the request
        var agent = new CounterAgent(user.UserName ?? user.AuditName(), user.AuditName(), user.Role);
        return await books.PostAsync(read, facts => Decide(c, facts, agent), ct);
    }

    /// <summary>The posting a request makes on the books as they stand, or the first answer to its key; throws to refuse.</summary>
    internal static CounterOutcome Decide(PostStationTransactionCommand c, CounterFacts facts, CounterAgent agent)
    {
        var now = facts.Now;
        var station = facts.Station ?? throw new NotFoundException("Station", c.StationId);
        if (StationRequests.Replay(facts.Prior, c) is { } first)
            return new CounterOutcome(first, null, agent.Audit(now, first.Id));

        var today = new StationBusinessDay(facts.LastClosed, facts.OldestUnclosed, ChinaTime.DateOf(now)).ForPosting();
        var opened = new List<LedgerAccount>();
        var cash = facts.StationCash ?? Open(opened, new LedgerAccount(LedgerAccountKind.StationCash, station.PartnerBankId,
            $"StationCash:{station.Id:N}", station.Id, null, null, station.CashFloatLimit, now));
        var account = Customer(facts, c.AccountNo, "accountNo");
        if (c.Type is TransactionType.CashWithdrawal or TransactionType.PensionWithdrawal) CheckWithdrawalLimits(station, c.Amount, facts.WithdrawnToday);
        LedgerAccount? toAccount = null;
        (LedgerAccount Debit, LedgerAccount Credit) leg = c.Type switch
        {
            TransactionType.CashDeposit => (cash, account),
            TransactionType.CashWithdrawal or TransactionType.PensionWithdrawal => (account, cash),
            TransactionType.Transfer => (account, toAccount = Customer(facts, c.ToAccountNo!, "toAccountNo")),
            TransactionType.UtilityPayment => (account, facts.UtilityPayee ?? Open(opened, new LedgerAccount(LedgerAccountKind.UtilityPayee,
                station.PartnerBankId, $"{LedgerAccountKind.UtilityPayee}:{station.PartnerBankId:N}", null, null, null, null, now))),
            _ => throw new FieldRuleException("type", $"Unknown transaction type {c.Type}."),
        };
        var posting = Posting.Create([(leg.Debit, leg.Credit, c.Amount)], today, now);
        var tx = new StationTransaction(station.Id, c.Type.ToString(), account.Id, Identifiers.Mask(account.Number), toAccount?.Id, c.Amount, c.BillNo,
            c.Payee, today, now, posting.Id, account.Balance, cash.Balance, agent.Name);
        var response = StationTransactionResponse.From(tx);
        return new CounterOutcome(response, new CounterWrite(posting, [leg.Debit, leg.Credit], opened, tx, StationRequests.Answer(c, response, now)),
            agent.Audit(now, tx.Id));
    }

    internal sealed record CounterAgent(string Name, string AuditName, string? Role)
    {
        public AuditEntry Audit(DateTimeOffset at, Guid transactionId) =>
            AuditEntries.Succeeded<PostStationTransactionCommand>(AuditName, Role, at, transactionId.ToString());
    }

    private static LedgerAccount Open(List<LedgerAccount> opened, LedgerAccount account)
    {
        opened.Add(account);
        return account;
    }

    private static LedgerAccount Customer(CounterFacts facts, string number, string field) =>
        facts.Customers.GetValueOrDefault(number) ?? throw new FieldRuleException(field, $"No account {number} at the station's partner bank.");

    /// <summary>The rural withdrawal-point rule (助农取款): multiples of 10, at least 10, within the bank's per-transaction and daily limits.</summary>
    private static void CheckWithdrawalLimits(CounterStation station, decimal amount, decimal withdrawnToday)
    {
        if (amount < 10m || amount % 10m != 0)
            throw new FieldRuleException("amount", "Cash withdrawals are at least 10 yuan, in multiples of 10.");
        if (amount > station.WithdrawalLimitPerTransaction)
            throw new FieldRuleException("amount", $"At most {station.WithdrawalLimitPerTransaction:0.00} yuan per withdrawal.");
        var remaining = station.WithdrawalLimitPerDay - withdrawnToday;
        if (amount > remaining)
            throw new FieldRuleException("amount",
                $"Over the daily withdrawal limit of {station.WithdrawalLimitPerDay:0.00} yuan: {Math.Max(0, remaining):0.00} yuan remain today.");
    }
}

/// <summary>Cash handed over by (领现) or back to (缴现) the partner bank: a posting between its vault and the station's cash.</summary>
[AuthorizeRoles(Roles.Agent)]
public sealed record MoveStationCashCommand(decimal Amount) : ICommand<StationTransactionResponse>, IIdempotentStationRequest
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid StationId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string IdempotencyKey { get; init; } = "";

    [System.Text.Json.Serialization.JsonIgnore]
    public CashMovement Movement { get; init; }

    public string Fingerprint() => $"{Movement}|{Amount:0.00}";
}

public sealed class MoveStationCashValidator : AbstractValidator<MoveStationCashCommand>
{
    public MoveStationCashValidator()
    {
        StationRequests.KeyRules(this);
        RuleFor(c => c.Amount).PositiveYuan("amount");
    }
}

public sealed class MoveStationCashHandler(IAppDbContext db, ICurrentUser user, IStationLock stationLock, TimeProvider clock)
    : ICommandHandler<MoveStationCashCommand, StationTransactionResponse>
{
    public async ValueTask<StationTransactionResponse> Handle(MoveStationCashCommand c, CancellationToken ct)
    {
        await stationLock.SharedAsync(c.StationId, ct);
        var station = await StationRequests.OwnStationAsync(db, user, c.StationId, ct);
        if (await StationRequests.ReplayAsync(db, c, ct) is { } first) return first;
        var now = clock.GetUtcNow();
        var cash = await BankBooks.StationCashAsync(db, station, now, ct);
        var vault = await BankBooks.AccountAsync(db, station.PartnerBankId, LedgerAccountKind.BankVault, now, ct);
        var posting = Posting.Create([c.Movement == CashMovement.Replenish ? (cash, vault, c.Amount) : (vault, cash, c.Amount)],
            (await StationDays.StateAsync(db, station.Id, now, ct)).ForPosting(), now);
        db.Postings.Add(posting);
        var tx = new StationTransaction(station.Id, c.Movement.ToString(), null, null, null, c.Amount, null, null, posting.BusinessDate, now, posting.Id,
            null, cash.Balance, user.UserName ?? user.AuditName());
        return await StationRequests.CompleteAsync(db, c, tx, now, ct);
    }
}

/// <summary>
/// Keeps a refusal (422) under its Idempotency-Key, in a transaction of its own after the refused one rolled back, so
/// that a retry of the same request gets the same answer (product.md §7: a retry returns the first result).
/// </summary>
[AuthorizeRoles(Roles.Agent)]
public sealed record RememberRefusalCommand(Guid StationId, string IdempotencyKey, string RequestHash, string Detail, string? Field) : ICommand<Unit>, ITargetsEntity
{
    public string AuditEntityId => $"{StationId}/{IdempotencyKey}";
}

public sealed class RememberRefusalHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RememberRefusalCommand, Unit>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask<Unit> Handle(RememberRefusalCommand c, CancellationToken ct)
    {
        if (user.RequireStationId() != c.StationId) throw new NotFoundException("Station", c.StationId);
        if (await db.IdempotencyRecords.AnyAsync(r => r.StationId == c.StationId && r.Key == c.IdempotencyKey, ct)) return Unit.Value;
        db.IdempotencyRecords.Add(new IdempotencyRecord(c.StationId, c.IdempotencyKey, c.RequestHash, JsonSerializer.Serialize(c.Detail, Json),
            clock.GetUtcNow(), 422, c.Field));
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}

/// <param name="BusinessDate">The open business date (postings land on it), or today when today is closed already.</param>
/// <param name="Open">False once today's business date is closed: nothing posts until China midnight.</param>
public sealed record StationCashResponse(Guid StationId, DateOnly BusinessDate, decimal Cash, decimal FloatLimit, bool Open, DateOnly? LastClosed);

internal static class StationReaders
{
    /// <summary>The station when the caller may read it: its agents, its partner bank, the bureau.</summary>
    public static async Task<Station> VisibleAsync(IAppDbContext db, ICurrentUser user, Guid stationId, CancellationToken ct)
    {
        var station = await db.Stations.AsNoTracking().FirstOrDefaultAsync(s => s.Id == stationId, ct);
        var visible = station is not null && (user.IsInRole(Roles.Bureau) || (user.IsInRole(Roles.Bank) && user.BankId == station.PartnerBankId)
                                              || (user.IsInRole(Roles.Agent) && user.StationId == station.Id));
        return visible ? station! : throw new NotFoundException("Station", stationId);
    }
}

[AuthorizeRoles(Roles.Agent, Roles.Bank, Roles.Bureau)]
public sealed record GetStationCashQuery(Guid StationId) : IQuery<StationCashResponse>;

public sealed class GetStationCashHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetStationCashQuery, StationCashResponse>
{
    public async ValueTask<StationCashResponse> Handle(GetStationCashQuery q, CancellationToken ct)
    {
        var station = await StationReaders.VisibleAsync(db, user, q.StationId, ct);
        var number = $"StationCash:{station.Id:N}";
        var cash = await db.LedgerAccounts.AsNoTracking().Where(a => a.Number == number).Select(a => (decimal?)a.Balance).FirstOrDefaultAsync(ct) ?? 0m;
        var day = await StationDays.StateAsync(db, station.Id, clock.GetUtcNow(), ct);
        return new StationCashResponse(station.Id, day.Open ?? day.Today, cash, station.CashFloatLimit, day.Open is not null, day.LastClosed);
    }
}

[AuthorizeRoles(Roles.Agent, Roles.Bank, Roles.Bureau)]
public sealed record ListStationTransactionsQuery(Guid StationId, DateOnly? Date, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<StationTransactionResponse>>, IPagedQuery;

public sealed class ListStationTransactionsValidator : AbstractValidator<ListStationTransactionsQuery>
{
    public ListStationTransactionsValidator() => this.AddPagingRules();
}

public sealed class ListStationTransactionsHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListStationTransactionsQuery, PagedList<StationTransactionResponse>>
{
    public async ValueTask<PagedList<StationTransactionResponse>> Handle(ListStationTransactionsQuery q, CancellationToken ct)
    {
        var station = await StationReaders.VisibleAsync(db, user, q.StationId, ct);
        var state = await StationDays.StateAsync(db, station.Id, clock.GetUtcNow(), ct);
        var day = q.Date ?? state.Open ?? state.Today;
        var txs = db.StationTransactions.AsNoTracking().Where(t => t.StationId == station.Id && t.BusinessDate == day);
        var total = await txs.CountAsync(ct);
        var page = await txs.OrderBy(t => t.PostedAt).ThenBy(t => t.Id).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToListAsync(ct);
        return new PagedList<StationTransactionResponse>(page.Select(StationTransactionResponse.From).ToList(), q.Page, q.PageSize, total);
    }
}

public sealed record ReceiptResponse(string ReceiptNo, DateTimeOffset Time, DateOnly BusinessDate, string Type, string? AccountNo, decimal Amount,
    decimal? BalanceAfter, string StationName, string VillageCode, string Agent);

[AuthorizeRoles(Roles.Agent, Roles.Bank, Roles.Bureau)]
public sealed record GetReceiptQuery(Guid StationId, Guid TransactionId) : IQuery<ReceiptResponse>;

public sealed class GetReceiptHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetReceiptQuery, ReceiptResponse>
{
    public async ValueTask<ReceiptResponse> Handle(GetReceiptQuery q, CancellationToken ct)
    {
        var station = await StationReaders.VisibleAsync(db, user, q.StationId, ct);
        var t = await db.StationTransactions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == q.TransactionId && x.StationId == station.Id, ct)
                ?? throw new NotFoundException("Transaction", q.TransactionId);
        return new ReceiptResponse(t.ReceiptNo, t.PostedAt, t.BusinessDate, t.Type, t.MaskedAccountNo, t.Amount, t.BalanceAfter, station.Name,
            station.VillageCode, t.Agent);
    }
}
