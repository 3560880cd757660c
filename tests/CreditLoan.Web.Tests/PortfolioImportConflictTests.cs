using System.Net;
using System.Text;
using CreditLoan.Application.Common;
using CreditLoan.Domain.Loans;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Web.Tests;

/// <summary>
/// MariaDB, whose repayment writer lets another session change one loan (its version, as a repayment at the counter would)
/// right after the import has read it, once: the import reads its loans outside its transaction and writes each only if it
/// still has the version read (docs/portfolio.md, "Bulk repayments").
/// </summary>
public sealed class ConflictingImportApp : StatsApp
{
    public ConflictingImportApp() : base(TestDatabase.MariaDb)
    {
        var clock = ConfigureTestServices!;
        ConfigureTestServices = services =>
        {
            clock(services);
            var writer = services.Single(d => d.ServiceType == typeof(IRepaymentWriter));
            services.Remove(writer);
            services.AddScoped<IRepaymentWriter>(sp => new ChangedMeanwhile(
                (IRepaymentWriter)ActivatorUtilities.CreateInstance(sp, writer.ImplementationType!), sp.GetRequiredService<IServiceScopeFactory>(), this));
        };
    }

    /// <summary>The loan another session changes as soon as an import has read it (then null again).</summary>
    public Guid? ChangeMeanwhile { get; set; }

    private sealed class ChangedMeanwhile(IRepaymentWriter inner, IServiceScopeFactory scopes, ConflictingImportApp app) : IRepaymentWriter
    {
        public void Read(Loan loan)
        {
            inner.Read(loan);
            if (app.ChangeMeanwhile != loan.Id) return;
            app.ChangeMeanwhile = null;
            using var scope = scopes.CreateScope();   // its own connection, committed at once
            scope.ServiceProvider.GetRequiredService<AppDbContext>().Loans.Where(l => l.Id == loan.Id)
                .ExecuteUpdate(s => s.SetProperty(l => l.Version, Guid.NewGuid()));
        }

        public Task SaveAsync(IReadOnlyList<Loan> loans, IReadOnlyList<Repayment> repayments, CancellationToken ct) => inner.SaveAsync(loans, repayments, ct);
    }
}

public sealed class PortfolioImportConflictTests(ConflictingImportApp app) : IClassFixture<ConflictingImportApp>
{
    [Fact]
    public async Task A_loan_changed_by_someone_else_during_an_import_fails_the_whole_batch_which_can_be_sent_again()
    {
        app.Clock.SetUtcNow(StatsApp.At(3, 3, 10));
        var (bank, e, product) = await PortfolioImportTests<ConflictingImportApp>.CreditProductAsync(app, "戊", "EqualPrincipal", "InterestOnly");
        var l1 = await PortfolioImportTests<ConflictingImportApp>.Disburse(app, e, bank, product, 120_000m, 4.35m, "InterestOnly", 3, 5);   // 435.00 due 5 April
        var l2 = await PortfolioImportTests<ConflictingImportApp>.Disburse(app, e, bank, product, 60_000m, 6m, "EqualPrincipal", 3, 10);   // 5,300 due 10 April
        async Task<int> DaysPastDue(string loan) => (int)(await (await bank.Officer.GetAsync($"/api/loans/{loan}")).ReadJsonAsync(HttpStatusCode.OK))["daysPastDue"]!;

        // 02:00 China time on 12 April: both April instalments unpaid (7 and 2 days)
        app.Clock.SetUtcNow(StatsApp.At(4, 12, 2));
        Assert.Equal((7, 2), (await DaysPastDue(l1), await DaysPastDue(l2)));
        var batch = $"loanId,amount,paidOn\n{l1},435.00,2026-04-05\n{l2},5300.00,2026-04-10\n";
        Task<HttpResponseMessage> Send() => bank.Officer.PostAsync($"/api/banks/{bank.BankId}/repayments/imports?batchId=core-0412",
            new StringContent(batch, Encoding.UTF8, "text/csv"));

        // l2 changes under the import: the batch is refused as a whole, nothing of it kept, not even l1's row
        app.ChangeMeanwhile = Guid.Parse(l2);
        var problem = await (await Send()).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("changed by someone else", (string)problem["detail"]!);
        Assert.Null(app.ChangeMeanwhile);
        Assert.Equal((7, 2), (await DaysPastDue(l1), await DaysPastDue(l2)));
        var bureau = await app.BureauAsync();
        var portfolio = await (await bureau.GetAsync("/api/stats/portfolio?asOf=2026-04-12&by=bank")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(180_000m, (decimal)portfolio["totals"]!["overdueBalance"]!);   // both loans' whole principal still overdue

        // the batch id was not used up: sent again, every row is applied
        var report = await (await Send()).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((2, 0, false), ((int)report["accepted"]!, (int)report["rejected"]!, (bool)report["duplicateBatch"]!));
        Assert.Equal((0, 0), (await DaysPastDue(l1), await DaysPastDue(l2)));
        var verify = await (await bureau.GetAsync("/api/stats/verify")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True((bool)verify["consistent"]!, verify.ToJsonString());
    }
}
