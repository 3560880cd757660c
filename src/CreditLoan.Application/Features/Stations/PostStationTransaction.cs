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

/// <summary>
/// A cash or payment service at the counter (product.md §7), posted to the sandbox core as one balanced posting. A utility
/// payment names its biller either from the list (<paramref name="BillerId"/>, issue 18: one the station sees, whose name
/// becomes the payee) or, as before, as free text (<paramref name="Payee"/>).
/// </summary>
[AuthorizeRoles(Roles.Agent)]
public sealed record PostStationTransactionCommand(TransactionType Type, string AccountNo, decimal Amount, string? ToAccountNo, string? BillNo, string? Payee,
    Guid? BillerId = null)
    : ICommand<StationTransactionResponse>, IIdempotentStationRequest, ICommitsItself
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid StationId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string IdempotencyKey { get; init; } = "";

    // a request without a biller keeps the fingerprint it had before billers existed (keys stored by earlier builds)
    public string Fingerprint() => $"{Type}|{AccountNo}|{Amount:0.00}|{ToAccountNo}|{BillNo}|{Payee}" + (BillerId is { } biller ? $"|{biller:N}" : "");
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
        RuleFor(c => c.Payee).NotEmpty().OverridePropertyName("payee").When(c => c.Type == TransactionType.UtilityPayment && c.BillerId is null);
        RuleFor(c => c.Payee).MaximumLength(100).OverridePropertyName("payee");
        RuleFor(c => c.BillerId).Null().WithMessage("billerId is for utility payments only.").OverridePropertyName("billerId")
            .When(c => c.Type != TransactionType.UtilityPayment);
        RuleFor(c => c.BillerId).NotEqual(Guid.Empty).OverridePropertyName("billerId");
    }
}

public sealed class PostStationTransactionHandler(ICounterBooks books, ICurrentUser user, IAppDbContext db)
    : ICommandHandler<PostStationTransactionCommand, StationTransactionResponse>
{
    public async ValueTask<StationTransactionResponse> Handle(PostStationTransactionCommand c, CancellationToken ct)
    {
        user.RequireOperates(c.StationId);
        string[] customers = c.Type == TransactionType.Transfer && c.ToAccountNo is { } to ? [c.AccountNo, to] : [c.AccountNo];
        var read = new CounterRead(c.StationId, c.IdempotencyKey, customers, c.Type == TransactionType.UtilityPayment,
            c.Type is TransactionType.CashWithdrawal or TransactionType.PensionWithdrawal);
        // the decision may run on the books' writer thread: who is asking is captured here, from the request
        var agent = new CounterAgent(user.UserName ?? user.AuditName(), user.AuditName(), user.Role);
        // the biller chosen from the list: one the station sees (its partner bank's or county-wide), else 404
        var biller = c.BillerId is { } billerId
            ? await db.Billers.AsNoTracking().VisibleTo(user, db).FindAsync("Biller", billerId, ct)
            : null;
        return await books.PostAsync(read, facts => Decide(c, facts, agent, biller), ct);
    }

    /// <summary>The posting a request makes on the books as they stand, or the first answer to its key; throws to refuse.</summary>
    internal static CounterOutcome Decide(PostStationTransactionCommand c, CounterFacts facts, CounterAgent agent, Domain.Billers.Biller? biller = null)
    {
        var now = facts.Now;
        var station = facts.Station ?? throw new NotFoundException("Station", c.StationId);
        if (StationRequests.Replay(facts.Prior, c) is { } first)
            return new CounterOutcome(first, null, agent.Audit(now, first.Id));

        var today = new StationBusinessDay(facts.LastClosed, facts.OldestUnclosed, ChinaTime.DateOf(now)).ForPosting();
        biller?.CheckPayable();
        var opened = new List<LedgerAccount>();
        var cash = facts.StationCash ?? Open(opened, new LedgerAccount(LedgerAccountKind.StationCash, station.PartnerBankId,
            $"StationCash:{station.Id:N}", station.Id, null, null, station.CashFloatLimit, now));
        var account = Customer(facts, c.AccountNo, "accountNo");
        if (c.Type is TransactionType.CashWithdrawal or TransactionType.PensionWithdrawal) station.WithdrawalLimits.Check(c.Amount, facts.WithdrawnToday);
        LedgerAccount? toAccount = null;
        (LedgerAccount Debit, LedgerAccount Credit) leg = c.Type switch
        {
            TransactionType.CashDeposit => (cash, account),
            TransactionType.CashWithdrawal or TransactionType.PensionWithdrawal => (account, cash),
            TransactionType.Transfer => (account, toAccount = Customer(facts, c.ToAccountNo!, "toAccountNo")),
            TransactionType.UtilityPayment => (account, facts.UtilityPayee ?? Open(opened, new LedgerAccount(LedgerAccountKind.UtilityPayee,
                station.PartnerBankId, $"{LedgerAccountKind.UtilityPayee}:{station.PartnerBankId:N}", null, null, null, null, now))),
            _ => throw new FieldRuleException("type", $"Unknown transaction type {c.Type}.") { Code = "TransactionTypeUnknown", Values = [$"{c.Type}"] },
        };
        var posting = Posting.Create([(leg.Debit, leg.Credit, c.Amount)], today, now);
        var tx = new StationTransaction(station.Id, c.Type.ToString(), account.Id, Identifiers.Mask(account.Number), toAccount?.Id, c.Amount, c.BillNo,
            biller?.Name ?? c.Payee, today, now, posting.Id, account.Balance, cash.Balance, agent.Name, biller?.Id);
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
        facts.Customers.GetValueOrDefault(number) ?? throw new FieldRuleException(field, $"No account {number} at the station's partner bank.")
            { Code = "AccountUnknown", Values = [number] };
}
