using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CreditLoan.Testing;

namespace CreditLoan.Web.Tests;

/// <summary>
/// A repayment import with several rows of one loan (docs/portfolio.md, "Bulk repayments"): the loans are read untracked and
/// written in bulk, and each loan's rows make one change to the portfolio — the loan before the first row to the loan after
/// the last — not one change per row measured against the loan after all of them.
/// </summary>
public abstract class PortfolioImportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : StatsApp
{
    private void Now(int month, int day, int hour = 10) => app.Clock.SetUtcNow(StatsApp.At(month, day, hour));

    private static async Task<JsonObject> Get(HttpClient c, string path) => await (await c.GetAsync(path)).ReadJsonAsync(HttpStatusCode.OK);

    private async Task<string> Disburse(EnterpriseSetup e, BankSetup bank, JsonObject product, decimal amount, decimal rate, string method, int month, int day)
    {
        Now(month, day);
        var a = await (await e.Client.PostAsJsonAsync("/api/applications", new { productId = (string)product["id"]!, amount, termMonths = 12 }))
            .ReadJsonAsync(HttpStatusCode.Created);
        await (await bank.Officer.PostAsync($"/api/applications/{a["id"]}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);
        await (await bank.Officer.PostAsJsonAsync($"/api/applications/{a["id"]}/approve", new { amount, annualRate = rate, termMonths = 12, repaymentMethod = method }))
            .ReadJsonAsync(HttpStatusCode.OK);
        var d = await (await bank.Officer.PostAsJsonAsync($"/api/applications/{a["id"]}/disburse", new { amount, disbursedOn = $"2026-{month:00}-{day:00}" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        return (string)d["loanId"]!;
    }

    [Fact]
    public async Task Several_rows_of_one_loan_in_one_import_count_once_each()
    {
        Now(3, 3);
        var bureau = await app.BureauAsync();
        var bank = await app.NewBankAsync("丙银行");
        var code = TestData.CreditCode();
        var e = await app.NewEnterpriseAsync(TestData.RegistryRow(code, industry: "A03", division: "130682101200"), code);
        var product = await bank.Officer.CreateProductAsync(p =>
        {
            p["name"] = "丙-信用贷";
            p["category"] = "Credit";
            p["industries"] = new JsonArray();
            p["repaymentMethods"] = new JsonArray("EqualPrincipal", "InterestOnly");
        });
        var l1 = await Disburse(e, bank, product, 120_000m, 4.35m, "InterestOnly", 3, 5);   // 435.00 interest a month, due the 5th
        var l2 = await Disburse(e, bank, product, 60_000m, 6m, "EqualPrincipal", 3, 10);    // 5,300 in April, 5,275 in May, due the 10th

        // nothing paid until 12 June: l1 is 38 days late (5 May), l2 33 days (10 May); then the core system sends everything
        Now(6, 12);
        var batch = $"loanId,amount,paidOn\n{l1},435.00,2026-04-05\n{l2},5300.00,2026-04-10\n{l1},435.00,2026-05-05\n{l1},435.00,2026-06-05\n" +
                    $"{l2},5275.00,2026-05-10\n{l2},5250.00,2026-06-12\n";
        var report = await (await bank.Officer.PostAsync($"/api/banks/{bank.BankId}/repayments/imports?batchId=core-0612",
            new StringContent(batch, Encoding.UTF8, "text/csv"))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((6, 0), ((int)report["accepted"]!, (int)report["rejected"]!));

        var loan1 = await Get(bank.Officer, $"/api/loans/{l1}");
        Assert.Equal((120_000m, 0), ((decimal)loan1["outstandingPrincipal"]!, (int)loan1["daysPastDue"]!));
        var loan2 = await Get(bank.Officer, $"/api/loans/{l2}");
        Assert.Equal((45_000m, 0), ((decimal)loan2["outstandingPrincipal"]!, (int)loan2["daysPastDue"]!));

        // today both are up to date; on 31 May, counting the rows dated by then, both were too (June's instalments not yet due)
        var today = await Get(bureau, "/api/stats/portfolio?asOf=2026-06-12&by=bank");
        Assert.Equal((2, 165_000m, 0m), ((int)today["totals"]!["loans"]!, (decimal)today["totals"]!["outstanding"]!, (decimal)today["totals"]!["overdueBalance"]!));
        var may = await Get(bureau, "/api/stats/portfolio?asOf=2026-05-31&by=bank");
        Assert.Equal((170_000m, 0m), ((decimal)may["totals"]!["outstanding"]!, (decimal)may["totals"]!["overdueBalance"]!));
        var verify = await Get(bureau, "/api/stats/verify");
        Assert.True((bool)verify["consistent"]!, verify.ToJsonString());
    }
}

public sealed class SqlitePortfolioImportTests(SqlitePortfolioApp app) : PortfolioImportTests<SqlitePortfolioApp>(app);

public sealed class MariaDbPortfolioImportTests(MariaDbPortfolioApp app) : PortfolioImportTests<MariaDbPortfolioApp>(app);
