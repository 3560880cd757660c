using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Accounts;
using CreditLoan.Application.Features.Banks;
using CreditLoan.Application.Features.Stations;
using Mediator;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace CreditLoan.Web.Components.Pages;

/// <summary>
/// The accounts page (static server rendering): a GET form filters the list (every view is a link), each change is asked first on a
/// link and confirmed by a posted form; a temporary password is shown on the answer to the reset alone, never in an address.
/// </summary>
public partial class Accounts
{
    [Inject] private IMediator Mediator { get; set; } = null!;
    [Inject] private ICurrentUser User { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;
    [Inject] private CreditLoan.Application.Features.Places.DivisionCatalog Divisions { get; set; } = null!;

    [CascadingParameter] public HttpContext HttpContext { get; set; } = null!;
    [SupplyParameterFromQuery] public Guid? BankId { get; set; }
    [SupplyParameterFromQuery] public Guid? StationId { get; set; }
    [SupplyParameterFromQuery] public string? Role { get; set; }
    [SupplyParameterFromQuery] public bool? Disabled { get; set; }
    [SupplyParameterFromQuery(Name = "page")] public int? PageNumber { get; set; }
    [SupplyParameterFromQuery] public string? Confirm { get; set; }
    [SupplyParameterFromQuery] public string? Id { get; set; }
    [SupplyParameterFromQuery] public string? Done { get; set; }
    [SupplyParameterFromQuery] public string? Name { get; set; }
    [SupplyParameterFromForm] public ActInput? Act { get; set; }
    [SupplyParameterFromForm] public UserInput? Officer { get; set; }
    [SupplyParameterFromForm] public UserInput? BankUser { get; set; }
    [SupplyParameterFromForm] public UserInput? Agent { get; set; }

    private const int PageSize = 50;
    private bool IsBureau => User.IsInRole(CreditLoan.Application.Common.Security.Roles.Bureau);
    private bool Manages => IsBureau || User.IsBankAdmin;

    /// <summary>The roles a filter offers: every one to the bureau, a bank's two to its administrator.</summary>
    private AccountRole[] Roles => IsBureau ? Enum.GetValues<AccountRole>() : [AccountRole.BankAdmin, AccountRole.BankOfficer];

    private IReadOnlyList<BankResponse> _banks = [];
    private IReadOnlyList<StationResponse> _stations = [];
    private PagedList<UserResponse> _users = new([], 1, PageSize, 0);
    private (string UserName, string Password)? _temporary;
    private FormErrors? _errors;
    private (string Form, FormErrors Errors)? _failed;

    public sealed class ActInput
    {
        public string? What { get; set; }
        public string? Id { get; set; }
    }

    private FormErrors? E(string form) => _failed is { } f && f.Form == form ? f.Errors : null;

    private BankResponse? SelectedBank => _banks.FirstOrDefault(b => b.Id == BankId);

    private string StationText(StationResponse s) => $"{s.Name} · {PlaceLabel.Text(Divisions, s.VillageCode)}";

    private static AccountRole RoleOf(UserResponse u) => Enum.TryParse<AccountRole>(u.Role, true, out var role) ? role : AccountRole.Agent;

    private string Owner(UserResponse u) => u.BankName ?? u.StationName ?? u.EnterpriseName
        ?? (u.BankId is not null && !IsBureau ? T["OwnBank"] : u.BankId is not null || u.StationId is not null || u.EnterpriseId is not null ? T["OwnerGone"] : "—");

    private (string Title, string Text)? Pending => Confirm switch
    {
        "suspend" or "reinstate" when SelectedBank is { } b =>
            (string.Format(T[$"Confirm_{Confirm}_Title"], b.Name), T[$"Confirm_{Confirm}_Text"]),
        "disable" or "enable" or "reset" when _users.Items.FirstOrDefault(u => u.Id == Id) is { } u =>
            (string.Format(T[$"Confirm_{Confirm}_Title"], $"{u.DisplayName}（{u.UserName}）"), T[$"Confirm_{Confirm}_Text"]),
        _ => null,
    };

    protected override async Task OnInitializedAsync()
    {
        if (!Manages) return;
        if (IsBureau)
        {
            _banks = (await Mediator.Send(new GetBanksQuery(PageSize: Paging.MaxPageSize))).Items;
            _stations = await AllStationsAsync();
        }
        await LoadAsync();
    }

    /// <summary>Every station, page by page (the filter and the agent form choose among them by name and village).</summary>
    private async Task<IReadOnlyList<StationResponse>> AllStationsAsync()
    {
        var all = new List<StationResponse>();
        for (var page = 1; page <= 50; page++)
        {
            var batch = await Mediator.Send(new ListStationsQuery(Page: page, PageSize: Paging.MaxPageSize));
            all.AddRange(batch.Items);
            if (all.Count >= batch.Total || batch.Items.Count == 0) break;
        }
        return all;
    }

    private async Task LoadAsync()
    {
        AccountRole? role = Enum.TryParse<AccountRole>(Role, out var r) && Roles.Contains(r) ? r : null;
        _users = await Mediator.Send(new ListUsersQuery(IsBureau ? BankId : User.BankId, IsBureau ? StationId : null,
            Math.Clamp(PageNumber ?? 1, 1, Paging.MaxPage), PageSize, role, Disabled));
    }

    private string Link(string? confirm = null, string? id = null, int? page = null, string? done = null, string? name = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["bankId"] = BankId?.ToString(), ["stationId"] = StationId?.ToString(), ["role"] = Role, ["disabled"] = Disabled?.ToString().ToLowerInvariant(),
            ["page"] = (page ?? PageNumber)?.ToString(), ["confirm"] = confirm, ["id"] = id, ["done"] = done, ["name"] = name,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/accounts", query.Where(kv => !string.IsNullOrEmpty(kv.Value))!);
    }

    private async Task ActAsync()
    {
        try
        {
            switch (Act?.What)
            {
                case "suspend" when IsBureau && Guid.TryParse(Act.Id, out var bank): await Mediator.Send(new SuspendBankCommand(bank)); break;
                case "reinstate" when IsBureau && Guid.TryParse(Act.Id, out var bank): await Mediator.Send(new ReinstateBankCommand(bank)); break;
                case "disable": await Mediator.Send(new DisableUserCommand(Act.Id ?? "")); break;
                case "enable": await Mediator.Send(new EnableUserCommand(Act.Id ?? "")); break;
                case "reset":
                    var reset = await Mediator.Send(new ResetPasswordCommand(Act.Id ?? ""));
                    await LoadAsync();
                    // shown once, on this answer only: never in an address, a log or a later page
                    _temporary = (_users.Items.FirstOrDefault(u => u.Id == reset.UserId)?.UserName ?? "", reset.TemporaryPassword);
                    Confirm = null;
                    return;
                default: return;
            }
            Navigation.NavigateTo(Link(done: Act.What), forceLoad: true);
        }
        catch (Exception ex) when (FormErrors.In(T, ex) is { } errors)
        {
            _errors = errors;
            Confirm = null;
        }
    }

    private Task CreateOfficerAsync() => CreateAsync("officer", Officer, input => new CreateBankUserCommand(User.RequireBankId(), input.UserName, input.Password,
        input.DisplayName, AccountRole.BankOfficer, string.IsNullOrWhiteSpace(Officer?.Phone) ? null : Officer.Phone.Trim()), "phone");

    private Task CreateBankUserAsync() => CreateAsync("bank-user", BankUser, input => new CreateBankUserCommand(BankUser?.OwnerId ?? Guid.Empty,
        input.UserName, input.Password, input.DisplayName, Enum.TryParse<AccountRole>(BankUser?.Role, out var r) ? r : null));

    private Task CreateAgentAsync() => CreateAsync("agent", Agent, input => new CreateStationUserCommand(Agent?.OwnerId ?? Guid.Empty,
        input.UserName, input.Password, input.DisplayName));

    private static readonly string[] Fields = ["userName", "password", "displayName"];

    /// <summary>Creates the account the form describes, then the list again with it named; a refusal stays with its own form.</summary>
    private async Task CreateAsync(string form, UserInput? input, Func<(string UserName, string Password, string DisplayName), ICommand<UserResponse>> command,
        params string[] more)
    {
        try
        {
            var created = await Mediator.Send(command((input?.UserName?.Trim() ?? "", input?.Password ?? "", input?.DisplayName?.Trim() ?? "")));
            Navigation.NavigateTo(Link(done: form, name: created.UserName), forceLoad: true);
        }
        catch (Exception ex) when (FormErrors.In(T, ex, Fields.Concat(more).ToArray()) is { } errors)
        {
            _failed = (form, errors);
            await LoadAsync();
        }
    }
}
