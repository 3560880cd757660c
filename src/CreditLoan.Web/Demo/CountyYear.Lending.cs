using CreditLoan.Application.Features.Applications;
using CreditLoan.Application.Features.Needs;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Needs;

namespace CreditLoan.Web.Demo;

public sealed partial class CountyYear
{
    /// <summary>Who acts for the enterprise: its village station's agent when it authorised the station (帮办), else itself.</summary>
    private async Task<DemoActor> ActingAsync(DemoEnterprise e) => e.Delegates ? _stations[e.Village].Agent! : await ActorOfAsync(e);

    private static Guid? For(DemoEnterprise e) => e.Delegates ? e.Id : null;

    /// <summary>Each application's steps, each by whoever takes it (the enterprise or its agent, the bank's officer, its administrator as the second officer).</summary>
    private void Lending(IReadOnlyList<DemoApplication> applications)
    {
        foreach (var a in applications)
        {
            var e = a.Enterprise;
            var bank = CountyBanks.Products[a.Product].Bank;
            if (a.WithNeed)
                At(a.NeedAt!.Value, $"{e.Name} posts a need", async () => a.NeedId = (await _sender.SendAsync(await ActingAsync(e),
                    new PostNeedCommand(a.Requested, a.TermMonths, a.Purpose, a.Collateral, a.MaxAnnualRate, For(e)))).Id);
            At(a.SubmitAt, $"{e.Name} applies", async () =>
            {
                var submitted = await _sender.SendAsync(await ActingAsync(e), new SubmitApplicationCommand(_productIds[a.Product], a.WithNeed ? a.NeedId : null,
                    a.Requested, a.TermMonths, For(e), a.WithNeed ? null : a.Collateral));
                a.Id = submitted.Id;
                Within(a.AcceptAt ?? (a.WithdrawAt is null ? a.DecideAt : null), submitted.AcceptDueAt, "accept");
            });
            if (a.AcceptAt is { } accepted)
                At(accepted, $"{CountyBanks.All[bank].Key} accepts", async () =>
                {
                    var response = await _sender.SendAsync(_officers[bank], new AcceptApplicationCommand(a.Id));
                    Within(a.ConfirmAt ?? (a.WithdrawAt is null ? a.DecideAt : null), response.DecideDueAt!.Value, "decide");
                });
            if (a.WithdrawAt is { } withdrawn)
                At(withdrawn, $"{e.Name} withdraws", async () => await _sender.SendAsync(await ActingAsync(e), new WithdrawApplicationCommand(a.Id)));
            if (a.DecideAt is { } decided)
            {
                if (a.Ending == Ending.Rejected)
                    At(decided, $"{CountyBanks.All[bank].Key} rejects", () =>
                        _sender.SendAsync(_officers[bank], new RejectApplicationCommand(a.RejectReason!) { ApplicationId = a.Id }));
                else
                    At(decided, $"{CountyBanks.All[bank].Key} approves", async () =>
                    {
                        var response = await _sender.SendAsync(_officers[bank],
                            new ApproveApplicationCommand(a.Amount, a.AnnualRate, a.TermMonths, a.Method) { ApplicationId = a.Id });
                        var expected = a.ConfirmAt is not null || a.Ending == Ending.ApprovalPending ? ApplicationStatus.ApprovalPending : ApplicationStatus.Approved;
                        if (response.Status != expected) throw new InvalidOperationException($"Approval came out {response.Status}, planned {expected}.");
                    });
            }
            if (a.ConfirmAt is { } confirmed)
                At(confirmed, $"{CountyBanks.All[bank].Key} confirms", () => _sender.SendAsync(_admins[bank], new ConfirmApprovalCommand(a.Id)));
            if (a.DisburseAt is { } disbursed)
                At(disbursed, $"{CountyBanks.All[bank].Key} pays out", async () => a.LoanId = (await _sender.SendAsync(_officers[bank],
                    new DisburseApplicationCommand(a.Amount, a.DisbursedOn) { ApplicationId = a.Id })).LoanId);
        }
    }

    /// <summary>The plan keeps every step within its working-day limit; a step planned after it is a mistake in the plan.</summary>
    private static void Within(DateTimeOffset? next, DateTimeOffset due, string step)
    {
        if (next > due) throw new InvalidOperationException($"The plan would {step} at {next:O}, after the time limit {due:O}.");
    }

    /// <summary>Needs that lead to no application here: some closed by their owners, the others left to expire after 90 days.</summary>
    private void SpareNeeds()
    {
        var registered = _enterprises.Where(e => e.RegistersAt is not null).ToList();
        for (var i = 0; i < 50; i++)
        {
            var e = _names.Pick(registered);
            var from = _calendar.IndexOf(Domain.Common.ChinaTime.DateOf(e.RegistersAt!.Value)) + 1;
            if (from >= _calendar.Days - 1) continue;
            var day = _calendar.SeasonalDay(from, _calendar.Days - 1);
            var at = e.Delegates ? _calendar.Office(_calendar.Working(day)) : _calendar.Anytime(day);
            if (Domain.Common.ChinaTime.DateOf(at) > _calendar.LastDay) continue;
            var amount = 10_000m * _random.Next(3, 51);
            var term = _names.Pick([12, 24, 36]);
            var purpose = CountyPurposes.Of(e, _names);
            var need = Guid.Empty;
            At(at, $"{e.Name} posts a need", async () => need = (await _sender.SendAsync(await ActingAsync(e),
                new PostNeedCommand(amount, term, purpose, Collateral.None, null, For(e)))).Id);
            var close = at.AddDays(_random.Next(5, 30)).AddMinutes(_random.Next(600));
            if (i % 5 < 2 && Domain.Common.ChinaTime.DateOf(close) <= _calendar.LastDay)
                At(close, $"{e.Name} closes its need", async () => await _sender.SendAsync(await ActorOfAsync(e), new CloseNeedCommand(need)));
        }
    }
}
