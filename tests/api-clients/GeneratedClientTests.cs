using System.Net.Http.Headers;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using K = CreditLoan.ApiClients.Kiota;
using N = CreditLoan.ApiClients.Nswag;

namespace CreditLoan.ApiClients.Tests;

/// <summary>
/// The clients NSwag and Kiota generated from the running app's /openapi/v1.json (run.sh) compile — this project builds
/// only if they do — and work against that app: a token, the product list, the users (an enum), a
/// year's calendar (dates), a 400 naming its field and a 404, the errors
/// read as the typed problem details the document declares. run.sh passes the app's address and the bureau's account.
/// </summary>
public sealed class GeneratedClientTests
{
    private static string Setting(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : throw new InvalidOperationException($"{name} is not set (run tests/api-clients/run.sh)");

    private static readonly string BaseUrl = Setting("CREDITLOAN_API_URL").TrimEnd('/');
    private static readonly string UserName = Setting("CREDITLOAN_API_USER");
    private static readonly string Password = Setting("CREDITLOAN_API_PASSWORD");

    [Fact]
    public async Task The_NSwag_client_signs_in_lists_products_and_reads_problem_details()
    {
        using var http = new HttpClient();
        var client = new N.NswagClient(http) { BaseUrl = BaseUrl };

        var wrong = await Assert.ThrowsAsync<N.ApiException<N.ProblemDetails>>(() =>
            client.PostAuthTokenAsync(new N.IssueTokenCommand { UserName = UserName, Password = Password + "-wrong" }));
        Assert.Equal(401, wrong.StatusCode);
        Assert.Equal(401, wrong.Result.Status);

        var token = await client.PostAuthTokenAsync(new N.IssueTokenCommand { UserName = UserName, Password = Password });
        Assert.False(string.IsNullOrEmpty(token.AccessToken));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);

        var products = await client.GetProductsAsync(null, null, null, null, 500000m, null, 1, 20);
        Assert.Equal(1, products.Page);
        Assert.Equal(products.Total, products.Items.Count);
        // the users list typed (a role as the contract names it), and dates of a typed calendar
        var users = await client.GetUsersAsync(null, null, null, null, 1, 20);
        Assert.Contains(users.Items, u => u.UserName == UserName && u.Role == "bureau");
        var calendar = await client.GetCalendarByYearAsync(2027);
        Assert.Equal(2027, calendar.Year);
        Assert.NotEmpty(calendar.Holidays);
        Assert.Equal(2027, calendar.Holidays.First().From.Year);

        // a 400 naming its field: the calendar of 2031 uploaded as 2030's (typed body, nothing stored)
        var invalid = await Assert.ThrowsAsync<N.ApiException<N.HttpValidationProblemDetails>>(() =>
            client.PutCalendarByYearAsync(2030, new N.CalendarYearDocument { Year = 2031, Holidays = [] }));
        Assert.Equal(400, invalid.StatusCode);
        Assert.True(invalid.Result.Errors.ContainsKey("year"), string.Join(", ", invalid.Result.Errors.Keys));

        var missing = await Assert.ThrowsAsync<N.ApiException<N.ProblemDetails>>(() => client.GetProductsByIdAsync(Guid.NewGuid()));
        Assert.Equal(404, missing.Result.Status);
    }

    [Fact]
    public async Task The_Kiota_client_signs_in_lists_products_and_reads_problem_details()
    {
        using var http = new HttpClient();
        var anonymous = new K.KiotaClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = BaseUrl });

        var wrong = await Assert.ThrowsAsync<K.Models.ProblemDetails>(() =>
            anonymous.Api.Auth.Token.PostAsync(new K.Models.IssueTokenCommand { UserName = UserName, Password = Password + "-wrong" }));
        Assert.Equal(401, wrong.ResponseStatusCode);

        var token = await anonymous.Api.Auth.Token.PostAsync(new K.Models.IssueTokenCommand { UserName = UserName, Password = Password });
        Assert.False(string.IsNullOrEmpty(token?.AccessToken));
        var auth = new BaseBearerTokenAuthenticationProvider(new FixedToken(token!.AccessToken!, new Uri(BaseUrl).Host));
        var client = new K.KiotaClient(new HttpClientRequestAdapter(auth, httpClient: http) { BaseUrl = BaseUrl });

        var products = await client.Api.Products.GetAsync(r => { r.QueryParameters.Amount = 500000m; r.QueryParameters.Page = 1; });
        Assert.Equal(1, products!.Page);
        Assert.Equal(products.Total, products.Items!.Count);
        var users = await client.Api.Users.GetAsync();
        Assert.Contains(users!.Items!, u => u.UserName == UserName && u.Role == "bureau");
        var calendar = await client.Api.Calendar[2027].GetAsync();
        Assert.Equal(2027, calendar!.Year);
        Assert.NotEmpty(calendar.Holidays!);
        Assert.Equal(2027, calendar.Holidays![0].From!.Value.Year);

        var invalid = await Assert.ThrowsAsync<K.Models.HttpValidationProblemDetails>(() =>
            client.Api.Calendar[2030].PutAsync(new K.Models.CalendarYearDocument { Year = 2031, Holidays = [] }));
        Assert.Equal(400, invalid.ResponseStatusCode);
        Assert.True(invalid.Errors!.AdditionalData.ContainsKey("year"), string.Join(", ", invalid.Errors.AdditionalData.Keys));

        var missing = await Assert.ThrowsAsync<K.Models.ProblemDetails>(() => client.Api.Products[Guid.NewGuid()].GetAsync());
        Assert.Equal(404, missing.ResponseStatusCode);
    }

    private sealed class FixedToken(string token, string host) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new([host]);

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
            CancellationToken cancellationToken = default) => Task.FromResult(token);
    }
}
