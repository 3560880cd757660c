using System.Globalization;
using System.Text;
using CreditLoan.Application.Features.Jobs;
using CreditLoan.Application.Features.Loans;
using CreditLoan.Application.Features.Notices;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;
using CreditLoan.Infrastructure.Outbox;

namespace CreditLoan.Web.Demo;

public sealed partial class CountyYear
{
    /// <summary>Time spent in the background jobs' daily runs.</summary>
    public TimeSpan JobsTime { get; private set; }

    /// <summary>
    /// What the days bring: the platform's background jobs run each morning (loan servicing and its notices, needs expiring,
    /// the 督办 check, the outbox's SMS); the banks' core systems import each day's repayments; a few borrowers pay late or stop.
    /// </summary>
    private void Servicing(IReadOnlyList<DemoApplication> applications)
    {
        (LoanServicingService Servicing, NeedExpiryService Expiry, OverdueSupervisionService Supervision, OutboxDispatcher Outbox)? jobs = null;
        for (var d = 1; d < _calendar.Days; d++)
            At(DemoCalendar.At(_calendar.Day(d), 6, 30), "the morning's jobs", async () =>
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                jobs ??= (ActivatorUtilities.CreateInstance<LoanServicingService>(_services), ActivatorUtilities.CreateInstance<NeedExpiryService>(_services),
                    ActivatorUtilities.CreateInstance<OverdueSupervisionService>(_services), _services.GetRequiredService<OutboxDispatcher>());
                var (servicing, expiry, supervision, outbox) = jobs.Value;
                await servicing.RunOnceAsync(CancellationToken.None);
                await expiry.ExpireDueAsync(CancellationToken.None);
                if (await supervision.RunOnceAsync(CancellationToken.None) is > 0 and var late)
                    throw new InvalidOperationException($"{late} application(s) went past their time limit.");
                while (await outbox.DispatchDueAsync(500, CancellationToken.None) > 0) { }
                JobsTime += System.Diagnostics.Stopwatch.GetElapsedTime(started);
            });

        var loans = applications.Where(a => a.Ending == Ending.Disbursed).ToList();
        // three borrowers stop paying (one long enough to be non-performing), one pays an instalment twelve days late
        var troubled = loans.Where(a => a.Method == RepaymentMethod.EqualInstallment && a.TermMonths >= 12 && a.Enterprise.Index != 0
            && a.DisbursedOn < _calendar.LastDay.AddDays(-200)).GroupBy(a => CountyBanks.Products[a.Product].Bank).Select(g => g.First()).Take(4).ToList();
        var rows = new List<(int Bank, DateOnly PaidOn, DemoApplication Loan, decimal Amount)>();
        foreach (var a in loans)
        {
            var schedule = RepaymentSchedule.Generate(a.Amount, a.AnnualRate, a.TermMonths, a.Method, a.DisbursedOn);
            var due = schedule.Where(p => p.DueDate <= _calendar.LastDay).ToList();
            var role = troubled.IndexOf(a);
            for (var i = 0; i < due.Count; i++)
            {
                // paid on the due date, or a few days early; due on a holiday or a weekend, on the working day before it
                var paidOn = _calendar.WorkingBefore(_random.Next(7) == 0 ? due[i].DueDate.AddDays(-_random.Next(1, 4)) : due[i].DueDate);
                if (paidOn < a.DisbursedOn) paidOn = due[i].DueDate;
                if (role == 0 && i == 2) paidOn = _calendar.Working(due[i].DueDate.AddDays(12));
                if (role == 1 && i >= 2 || role == 2 && i >= 4 || role == 3 && i >= due.Count - 2 || paidOn > _calendar.LastDay) continue;
                rows.Add((CountyBanks.Products[a.Product].Bank, paidOn, a, due[i].Payment));
            }
        }
        foreach (var day in rows.GroupBy(r => (r.Bank, r.PaidOn)))
        {
            var (bank, paidOn) = day.Key;
            var payments = day.ToList();
            At(DemoCalendar.At(paidOn, 16, 30), $"{CountyBanks.All[bank].Key}'s repayments", async () =>
            {
                var csv = new StringBuilder(ImportRepaymentsHandler.Header).Append('\n');
                foreach (var p in payments)
                    csv.Append(CultureInfo.InvariantCulture, $"{p.Loan.LoanId},{p.Amount:0.00},{paidOn:yyyy-MM-dd}\n");
                var report = await _sender.SendAsync(_officers[bank], new ImportRepaymentsCommand(_bankIds[bank], $"core-{paidOn:yyyyMMdd}",
                    new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()))));
                if (report.Rejected > 0) throw new InvalidOperationException($"Repayments refused: {report.Errors[0].Reason}");
            });
        }
    }

    /// <summary>Firms and farms hiring villagers (乡村就业), posted through the year.</summary>
    private void Jobs()
    {
        var hiring = _enterprises.Where(e => e.RegistersAt is not null && CountyPurposes.Job(e) is not null && e.Index % 9 == 4).Take(16).ToList();
        foreach (var e in hiring)
        {
            var from = _calendar.IndexOf(Domain.Common.ChinaTime.DateOf(e.RegistersAt!.Value)) + 1;
            if (from >= _calendar.Days) continue;
            var (title, salary, description) = CountyPurposes.Job(e)!.Value;
            var at = _calendar.Office(_calendar.Working(_calendar.SeasonalDay(from, _calendar.Days - 8)));
            if (at <= e.RegistersAt) at = e.RegistersAt.Value.AddHours(2);
            At(at,
                $"{e.Name} hires", async () => await _sender.SendAsync(await ActorOfAsync(e), new PostJobCommand(title, e.Village, salary, description, e.Phone)));
        }
    }

    /// <summary>The bureau's notices: the spring-ploughing credit talks to the farms, the autumn matchmaking fair to everybody.</summary>
    private void Notices()
    {
        var spring = _calendar.Office(_calendar.Working(_calendar.Day(45)));
        At(spring, "notice to the farms", () => _sender.SendAsync(_bureau, new SendNoticeCommand(
            "【定州市行政审批局】春耕备耕金融服务进村入户：各乡镇村级综合服务站即日起可代办“信易贷”融资需求登记和贷款申请，" +
            "农业银行、建设银行、河北银行、农商银行等推出涉农信用贷款，无需抵押，最快三个工作日放款。详询所在村服务站。", null, ["A"])));
        var fair = _calendar.Office(_calendar.Working(_calendar.Day(_calendar.Days - 30)));
        At(fair, "notice to everybody", () => _sender.SendAsync(_bureau, new SendNoticeCommand(
            "【定州市行政审批局】关于举办“信易贷”政银企对接会的通知：本月下旬在市政务服务中心举办，15家银行现场对接，" +
            "请有融资需求的企业、合作社和个体工商户登录平台发布需求，或到所在村综合服务站咨询。", null, null)));
    }
}
