using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Stations;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Stations;
using Microsoft.AspNetCore.Components;

namespace CreditLoan.Web.Components.Pages;

/// <summary>
/// The station counter (static server rendering, one form post per step): a service is asked for, then confirmed with the
/// holder, the bank and the amount in figures and capitals, and only then posted; a reversal (冲正) is confirmed too.
/// </summary>
public partial class StationCounter
{
    [Inject] private FluentValidation.IValidator<PostStationTransactionCommand> ServiceRules { get; set; } = null!;

    [SupplyParameterFromForm] public ReverseInput? Reverse { get; set; }
    [SupplyParameterFromForm] public ServiceInput? Service { get; set; }
    [SupplyParameterFromForm] public SettleInput? Settle { get; set; }
    [SupplyParameterFromForm] public CashInput? Cash { get; set; }
    [SupplyParameterFromQuery] public Guid? Receipt { get; set; }

    private static readonly string[] ServiceFields = ["accountNo", "amount", "toAccountNo", "billNo", "payee", "billerId"];

    private PagedList<StationTransactionResponse>? _today;
    private StationCashResponse? _cash;
    private ReceiptResponse? _receipt;
    private SettlementResponse? _settlement;
    private string? _message;
    private FormErrors? _errors;
    private SettleInput? _pendingSettle;
    private PendingService? _pendingService;
    private StationTransactionResponse? _pendingReverse;
    private string? _pendingReverseKey;
    private StationDayReport? _pendingDay;
    private IReadOnlyList<CreditLoan.Application.Features.Billers.BillerResponse> _billers = [];

    /// <summary>A service waiting for the agent's confirmation: what was typed, and who holds the accounts it names.</summary>
    private sealed record PendingService(ServiceInput Input, AccountHolderResponse Holder, AccountHolderResponse? ToHolder,
        CreditLoan.Application.Features.Billers.BillerResponse? Biller);

    public sealed class ReverseInput
    {
        public string? Key { get; set; }
        /// <summary>The agent read what the reversal will do and confirmed it.</summary>
        public bool Confirmed { get; set; }
    }

    public sealed class CashInput
    {
        public string? Key { get; set; }
        public decimal Amount { get; set; }
    }

    public sealed class ServiceInput
    {
        public string? Key { get; set; }
        public TransactionType Type { get; set; }
        public string? AccountNo { get; set; }
        public decimal Amount { get; set; }
        public string? ToAccountNo { get; set; }
        public string? BillNo { get; set; }
        public string? Payee { get; set; }
        /// <summary>The biller of a utility payment, chosen from the partner bank's and the county's list.</summary>
        public Guid? BillerId { get; set; }
        /// <summary>The agent checked the holder, the bank and the amount with the customer: post it.</summary>
        public bool Confirmed { get; set; }
        /// <summary>Back from the confirmation to the form, as typed.</summary>
        public bool Edit { get; set; }
    }

    public sealed class SettleInput
    {
        public DateOnly Date { get; set; }
        public decimal Counted { get; set; }
        /// <summary>The agent confirmed the close: end of day cannot be undone.</summary>
        public bool Confirmed { get; set; }
    }

    private Guid StationId => User.RequireStationId();

    private static string NewKey() => Guid.NewGuid().ToString("N");

    protected override async Task OnInitializedAsync()
    {
        _cash = await Mediator.Send(new GetStationCashQuery(StationId));
        if (Receipt is { } id) _receipt = await Mediator.Send(new GetReceiptQuery(StationId, id));
        _billers = (await Mediator.Send(new CreditLoan.Application.Features.Billers.ListBillersQuery(PageSize: 200))).Items;
        await LoadTodayAsync();
    }

    private async Task LoadTodayAsync()
    {
        _today = await Mediator.Send(new ListStationTransactionsQuery(StationId, _cash!.BusinessDate, PageSize: 200));
        if (_today.Total > 200)   // a busy day: the latest postings are the ones the counter works with
            _today = await Mediator.Send(new ListStationTransactionsQuery(StationId, _cash.BusinessDate, (_today.Total + 199) / 200, 200));
    }

    /// <summary>冲正: asked first (what it will do), then posted under the row form's key, so a double click reverses once.</summary>
    private async Task ReverseAsync(Guid transactionId)
    {
        if (Reverse?.Confirmed != true)
        {
            _pendingReverse = _today?.Items.FirstOrDefault(t => t.Id == transactionId);
            _pendingReverseKey = Reverse?.Key;
            if (_pendingReverse is null) _message = T["Refusal_NotFound"];
            return;
        }
        var request = new ReverseStationTransactionCommand(transactionId) { StationId = StationId, IdempotencyKey = Reverse?.Key ?? "" };
        try
        {
            var tx = await Mediator.Send(request);
            Navigation.NavigateTo($"/station?receipt={tx.Id}", forceLoad: true);
        }
        catch (Exception ex) when (Refusals.Text(T, ex) is { } message)
        {
            _message = message;
        }
    }

    /// <summary>领现 / 缴现: the API's MoveStationCashCommand under the form's key (answered once, IdempotencyBehaviour).</summary>
    private async Task MoveCashAsync(CashMovement movement)
    {
        var c = Cash ?? new CashInput();
        var request = new MoveStationCashCommand(c.Amount) { StationId = StationId, IdempotencyKey = c.Key ?? "", Movement = movement };
        try
        {
            var tx = await Mediator.Send(request);
            Navigation.NavigateTo($"/station?receipt={tx.Id}", forceLoad: true);
        }
        catch (Exception ex) when (Refusals.Text(T, ex) is { } message)
        {
            _message = message;
        }
    }

    private PostStationTransactionCommand ToCommand(ServiceInput s) =>
        new(s.Type, s.AccountNo?.Trim() ?? "", s.Amount, Blank(s.ToAccountNo), Blank(s.BillNo), Blank(s.Payee),
            s.Type == TransactionType.UtilityPayment ? s.BillerId : null) { StationId = StationId, IdempotencyKey = s.Key ?? "" };

    private async Task ServeAsync()
    {
        var s = Service ?? new ServiceInput();
        if (s.Edit) return;                          // back to the form with what was typed
        if (!s.Confirmed)
        {
            await AskToConfirmAsync(s);
            return;
        }
        try
        {
            // exactly what POST /api/stations/{id}/transactions does: the same key answers the same receipt
            var tx = await Mediator.Send(ToCommand(s));
            Navigation.NavigateTo($"/station?receipt={tx.Id}", forceLoad: true);
        }
        catch (Exception ex) when (FormErrors.In(T, ex, ServiceFields) is { } errors)
        {
            _errors = errors;   // the form comes back with what was typed and a fresh key
        }
    }

    /// <summary>
    /// Before anything posts: the request's shape is checked, then the holder and bank of each account it names are looked up
    /// at the station's partner bank (LookupAccountQuery), for the agent to confirm with the customer.
    /// </summary>
    private async Task AskToConfirmAsync(ServiceInput s)
    {
        var command = ToCommand(s);
        if (command is { Type: TransactionType.UtilityPayment, BillerId: null, Payee: null })
        {
            _errors = FormErrors.From([("billerId", T["BillerRequired"])], ServiceFields);   // the list stands for the payee
            return;
        }
        var shape = await ServiceRules.ValidateAsync(command);
        if (!shape.IsValid)
        {
            _errors = FormErrors.In(T, new FluentValidation.ValidationException(shape.Errors), ServiceFields);
            return;
        }
        var unknown = new List<(string? Field, string Message)>();
        var holder = await HolderAsync(command.AccountNo);
        if (holder is null) unknown.Add(("accountNo", T["AccountUnknown"]));
        AccountHolderResponse? toHolder = null;
        if (command is { Type: TransactionType.Transfer, ToAccountNo: { } to } && (toHolder = await HolderAsync(to)) is null)
            unknown.Add(("toAccountNo", T["AccountUnknown"]));
        var biller = command.BillerId is { } billerId ? _billers.FirstOrDefault(b => b.Id == billerId) : null;
        if (command.BillerId is not null && biller is null) unknown.Add(("billerId", T["BillerUnknown"]));
        if (unknown.Count > 0)
        {
            _errors = FormErrors.From(unknown, ServiceFields);
            return;
        }
        _pendingService = new PendingService(s, holder!, toHolder, biller);
    }

    /// <summary>The holder at the station's partner bank; null for a number it does not have (another bank's, or none).</summary>
    private async Task<AccountHolderResponse?> HolderAsync(string number)
    {
        try
        {
            return await Mediator.Send(new LookupAccountQuery(StationId, number));
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    private async Task SettleAsync()
    {
        var s = Settle ?? new SettleInput();
        if (!s.Confirmed)
        {
            _pendingSettle = s;   // ask first, with the 日结单 as it stands: a closed business date takes no more postings or reversals
            _pendingDay = await Mediator.Send(new GetStationDayQuery(StationId, s.Date));
            return;
        }
        try
        {
            _settlement = await Mediator.Send(new SettleStationDayCommand(s.Date, s.Counted) { StationId = StationId });
            _cash = await Mediator.Send(new GetStationCashQuery(StationId));
            await LoadTodayAsync();
        }
        catch (Exception ex) when (Refusals.Text(T, ex) is { } message)
        {
            _message = message;
        }
    }

    /// <summary>What a reversal of <paramref name="t"/> will do, in the agent's words (the money back where it came from).</summary>
    private string ReverseEffect(StationTransactionResponse t)
    {
        var text = t.Type switch
        {
            nameof(TransactionType.CashDeposit) => T["ReverseEffect_CashDeposit"],
            nameof(TransactionType.CashWithdrawal) or nameof(TransactionType.PensionWithdrawal) => T["ReverseEffect_CashWithdrawal"],
            nameof(TransactionType.Transfer) => T["ReverseEffect_Transfer"],
            nameof(TransactionType.UtilityPayment) => T["ReverseEffect_UtilityPayment"],
            nameof(CashMovement.Replenish) => T["ReverseEffect_Replenish"],
            nameof(CashMovement.Return) => T["ReverseEffect_Return"],
            _ => T["ReverseEffect_Other"],
        };
        return string.Format(text, t.Amount.ToString("#,0.00"), t.AccountNo ?? "—");
    }

    /// <summary>The cash the ledger expects at the end of the date being closed (the counter's cash while that date is today's).</summary>
    private decimal Expected(StationCashResponse open) => _pendingDay?.ExpectedCash ?? open.Cash;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
