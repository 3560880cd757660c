using CreditLoan.Application.Common.Security;
using Mediator;

namespace CreditLoan.Web.Demo;

/// <summary>
/// A user of the sample county acting in process, as the command line's operator does: signed in, without an HTTP session to
/// check. Each command is authorised for this user's role and tenant exactly as for a request over HTTP.
/// </summary>
public sealed record DemoActor(string? UserId, string? UserName, string? Role, Guid? BankId = null, Guid? EnterpriseId = null, Guid? StationId = null,
    bool IsBankAdmin = false) : ICurrentUser
{
    public bool IsAuthenticated => Role is not null;

    /// <summary>Somebody not signed in (self-registration).</summary>
    public static DemoActor Anonymous { get; } = new(null, null, null);

    public static DemoActor From(Application.Features.Banks.UserResponse user) => new(user.Id, user.UserName,
        user.Role is "BankAdmin" or "BankOfficer" ? Roles.Bank : user.Role, user.BankId, user.EnterpriseId, user.StationId, user.Role == "BankAdmin");
}

/// <summary>The user a demo scope's commands are sent as; empty in every other scope (requests and portal circuits).</summary>
public sealed class ActingUser
{
    public ICurrentUser? Actor { get; set; }
}

/// <summary>Sends one request through the application's mediator pipeline as a given user, in its own scope (like one HTTP request).</summary>
public sealed class DemoSender(IServiceProvider services)
{
    private readonly Dictionary<string, (int Count, TimeSpan Time)> _spent = [];

    public int Sent { get; private set; }

    /// <summary>The request types that took longest, with their count and total time.</summary>
    public IEnumerable<(string Request, int Count, TimeSpan Time)> Costliest(int n) =>
        _spent.OrderByDescending(x => x.Value.Time).Take(n).Select(x => (x.Key, x.Value.Count, x.Value.Time));

    public async Task<T> SendAsync<T>(ICurrentUser actor, ICommand<T> command) => (T)(await SendCoreAsync(actor, command))!;

    public async Task<T> SendAsync<T>(ICurrentUser actor, IQuery<T> query) => (T)(await SendCoreAsync(actor, query))!;

    private async Task<object?> SendCoreAsync(ICurrentUser actor, object message)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActingUser>().Actor = actor;
        Sent++;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return await scope.ServiceProvider.GetRequiredService<ISender>().Send(message, CancellationToken.None);
        }
        finally
        {
            var name = message.GetType().Name;
            var (count, time) = _spent.GetValueOrDefault(name);
            _spent[name] = (count + 1, time + System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
    }
}
