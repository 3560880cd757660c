using System.Net;
using System.Net.Http.Json;
using CreditLoan.Testing;

namespace CreditLoan.Web.Tests;

/// <summary>
/// What the counter confirms before money moves (issue 18): the holder and bank of an account, only at the station's partner
/// bank and only for the station's own agents; on both databases.
/// </summary>
public abstract class CounterConfirmationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CreditLoanApp
{
    private static async Task<string> OpenAccountAsync(BankSetup bank, string holder, decimal opening = 0m) =>
        (string)(await (await bank.Officer.PostAsJsonAsync($"/api/banks/{bank.BankId}/accounts",
            new { holderName = holder, idNumber = "11010519491231002X", openingBalance = opening })).ReadJsonAsync(HttpStatusCode.Created))["accountNo"]!;

    [Fact]
    public async Task The_agent_sees_the_masked_holder_and_bank_of_its_partner_banks_accounts_only()
    {
        var bank = await app.NewBankAsync("定州农商银行");
        var other = await app.NewBankAsync("河北银行");
        var station = await app.NewStationAsync(bank.BankId);
        var neighbour = await app.NewStationAsync(bank.BankId, "东亭村服务站", "130682105200");
        var zhang = await OpenAccountAsync(bank, "张三华");
        var wang = await OpenAccountAsync(bank, "王五");
        var elsewhere = await OpenAccountAsync(other, "李四");

        var found = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/accounts/lookup?number={zhang}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("张*华", (string)found["maskedHolder"]!);
        Assert.Equal(zhang[..3] + new string('*', zhang.Length - 7) + zhang[^4..], (string)found["maskedNumber"]!);
        Assert.Equal("定州农商银行", (string)found["bankName"]!);
        Assert.DoesNotContain(zhang, found.ToJsonString());
        var two = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/accounts/lookup?number=%20{wang}%20")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("王*", (string)two["maskedHolder"]!);

        // another bank's account and an unknown number: not found, alike (the ledger's own accounts have numbers longer than 40: 400)
        foreach (var number in new[] { elsewhere, "6200000000000000" })
            Assert.Equal(HttpStatusCode.NotFound, (await station.Agent.GetAsync($"/api/stations/{station.StationId}/accounts/lookup?number={Uri.EscapeDataString(number)}")).StatusCode);
        // another station's agent (same bank) asks through this station: 404; the bank itself does not use the counter: 403
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.Agent.GetAsync($"/api/stations/{station.StationId}/accounts/lookup?number={zhang}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bank.Officer.GetAsync($"/api/stations/{station.StationId}/accounts/lookup?number={zhang}")).StatusCode);
        // no number: 400 naming it
        var missing = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/accounts/lookup")).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(missing["errors"]!.AsObject().ContainsKey("number"));
    }
}

public sealed class SqliteCounterConfirmationTests(SqliteApp app) : CounterConfirmationTests<SqliteApp>(app);

public sealed class MariaDbCounterConfirmationTests(MariaDbApp app) : CounterConfirmationTests<MariaDbApp>(app);
