using CreditLoan.Application.Matching;
using CreditLoan.Application.Scoring;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Products;

namespace CreditLoan.Web.Demo;

/// <summary>
/// Plans the county's year of lending: 239 disbursed loans of exactly ¥36,420,000.00 to over 200 enterprises (the cattle
/// farm's ¥120,000 in under a week among them), rejections, withdrawals, and applications still open today. Every
/// application is to a product that matches the enterprise (the platform's own matching rules), and every step falls
/// within the working-day time limits.
/// </summary>
public sealed class CountyLoans(CountyNames names, DemoCalendar calendar, IReadOnlyList<DemoEnterprise> enterprises)
{
    public const int Loans = 239;
    public const decimal Total = 36_420_000m;
    public const int Borrowers = 214;
    public const decimal CattleFarmLoan = 120_000m;

    private static readonly string[] RejectReasons =
        ["近一年经营流水不足，暂不符合授信条件", "负债率偏高，建议降低申请金额后再申请", "担保人资质不符合要求", "经营年限与申报材料不一致，请核实后重新申请", "申请材料不全，补充后可重新申请"];

    private readonly Random _random = names.Random;
    private readonly List<LoanProduct> _products = CountyBanks.Products.Select(p => new LoanProduct(Guid.NewGuid(), p.Terms, default)).ToList();

    public List<DemoApplication> Plan()
    {
        var plan = new List<DemoApplication>();
        var farm = enterprises[0];
        var farmDay = calendar.Working(calendar.Day(100));
        while (farmDay.DayOfWeek != DayOfWeek.Monday || !calendar.IsWorking(farmDay.AddDays(3))) farmDay = calendar.Working(farmDay.AddDays(1));
        var cattle = Draft(farm, farmDay, Ending.Disbursed, CountyBanks.Products.ToList().FindIndex(p => p.Terms.Name == "牧业贷"))!;
        cattle.Amount = cattle.Requested = CattleFarmLoan;
        cattle.WithNeed = true;
        cattle.NeedAt = DemoCalendar.At(farmDay, 8, 40);
        cattle.SubmitAt = DemoCalendar.At(farmDay, 9, 10);
        cattle.AcceptAt = DemoCalendar.At(farmDay, 10, 30);
        cattle.DecideAt = DemoCalendar.At(farmDay.AddDays(1), 11, 0);
        cattle.DisburseAt = DemoCalendar.At(farmDay.AddDays(3), 10, 0);
        plan.Add(cattle);

        int Day(DemoEnterprise e) => calendar.IndexOf(Domain.Common.ChinaTime.DateOf(e.RegistersAt!.Value)) + 1;
        var lastStart = calendar.Days - 21;
        var candidates = enterprises.Where(e => e != farm && e.RegistersAt is not null && e.Grade <= CreditGrade.C && Day(e) <= lastStart - 20).ToList();
        var borrowers = candidates.OrderBy(e => _random.NextDouble() / (e.Tier == CreditTier.Weak ? 0.5 : 1.0)).Take(Borrowers - 1).ToList();
        if (borrowers.Count < Borrowers - 1) throw new InvalidOperationException($"Only {borrowers.Count + 1} enterprises can borrow.");
        var repeat = borrowers.Where(e => e.Tier != CreditTier.Weak && Day(e) < lastStart - 120).Take(Loans - Borrowers).ToList();
        foreach (var e in borrowers)
        {
            var twice = repeat.Contains(e);
            var first = Chain(Draft(e, calendar.SeasonalDay(Math.Max(15, Day(e)), twice ? lastStart - 90 : lastStart), Ending.Disbursed));
            plan.Add(first);
            if (twice) plan.Add(Chain(Draft(e, calendar.SeasonalDay(calendar.IndexOf(first.DisbursedOn) + 45, lastStart), Ending.Disbursed)));
        }
        if (plan.Count != Loans) throw new InvalidOperationException($"Planned {plan.Count} loans, not {Loans}.");
        Balance(plan);

        var others = candidates.Except(borrowers.Take(40)).ToList();
        DemoApplication Some(Func<DemoEnterprise, DemoApplication?> draft)
        {
            for (var attempt = 0; attempt < 200; attempt++)
                if (draft(names.Pick(others)) is { } a) return a;
            throw new InvalidOperationException("No enterprise of the county fits the application planned.");
        }
        for (var i = 0; i < 45; i++) plan.Add(Chain(Some(e => Draft(e, calendar.SeasonalDay(20, calendar.Days - 12), Ending.Rejected))));
        for (var i = 0; i < 20; i++) plan.Add(Chain(Some(e => Draft(e, calendar.SeasonalDay(20, calendar.Days - 12), Ending.Withdrawn))));
        var open = new (Ending Ending, int Count)[] { (Ending.Submitted, 5), (Ending.Accepted, 4), (Ending.ApprovalPending, 2), (Ending.Approved, 3) };
        foreach (var (ending, count) in open)
            for (var i = 0; i < count; i++) plan.Add(Some(e => Open(e, ending)));
        foreach (var a in plan)
            if (a.Last >= DemoCalendar.At(calendar.LastDay.AddDays(1), 0))
                throw new InvalidOperationException($"{a.Enterprise.Name}'s application ends on {a.Last:O}, after the county's year.");
        return plan;
    }

    /// <summary>Scales the loans to the county's total, in steps of ¥10,000 within each product's range.</summary>
    private void Balance(List<DemoApplication> loans)
    {
        var scalable = loans.Skip(1).ToList();
        var factor = (Total - CattleFarmLoan) / scalable.Sum(a => a.Amount);
        foreach (var a in scalable) a.Amount = Fit(a.Product, Math.Round(a.Amount * factor / 10_000m) * 10_000m);
        for (var delta = Total - loans.Sum(a => a.Amount); delta != 0; delta = Total - loans.Sum(a => a.Amount))
        {
            var a = names.Pick(scalable);
            a.Amount = Fit(a.Product, a.Amount + Math.Sign(delta) * Math.Min(Math.Abs(delta), 10_000m));
        }
        foreach (var a in loans)
        {
            a.Requested = a.Amount;
            var terms = CountyBanks.Products[a.Product].Terms;
            // a fifth asked for more than the bank approved
            if (_random.Next(5) == 0) a.Requested = Math.Min(terms.MaxAmount, a.Amount + 10_000m * _random.Next(1, 6));
        }
    }

    private static decimal Fit(int product, decimal amount) =>
        Math.Clamp(amount, CountyBanks.Products[product].Terms.MinAmount, CountyBanks.Products[product].Terms.MaxAmount);

    private DemoApplication? Open(DemoEnterprise e, Ending ending)
    {
        var back = ending switch { Ending.Submitted => 0, Ending.Accepted => 1, _ => 3 };
        var day = calendar.WorkingBefore(calendar.LastDay, back);
        if (Draft(e, day, ending, pendingApproval: ending == Ending.ApprovalPending) is not { } a) return null;
        a.SubmitAt = calendar.Office(day);
        if (a.WithNeed) a.NeedAt = a.SubmitAt.AddMinutes(-_random.Next(30, 600));
        if (ending == Ending.Submitted) return a;
        a.AcceptAt = calendar.OfficeAfter(a.SubmitAt, 1);
        if (ending == Ending.Accepted) return a;
        a.DecideAt = calendar.OfficeAfter(a.AcceptAt.Value, ending == Ending.ApprovalPending ? 2 : 1);
        if (ending == Ending.Approved && Threshold(a) is { } t && a.Amount > t) a.ConfirmAt = calendar.OfficeAfter(a.DecideAt.Value, 0);
        return a;
    }

    private static decimal? Threshold(DemoApplication a) => CountyBanks.All[CountyBanks.Products[a.Product].Bank].MakerCheckerThreshold;

    /// <summary>Times each step from the submission on <paramref name="a"/>'s day, each within its working-day limit.</summary>
    private DemoApplication Chain(DemoApplication? planned)
    {
        var a = planned ?? throw new InvalidOperationException("No product fits a borrower of the plan.");
        var day = Domain.Common.ChinaTime.DateOf(a.SubmitAt);
        a.SubmitAt = a.ByAgent ? calendar.Office(calendar.Working(day)) : calendar.Anytime(day);
        var registered = a.Enterprise.RegistersAt!.Value.AddHours(1);
        if (a.SubmitAt <= registered) a.SubmitAt = calendar.OfficeAfter(registered, 1);
        if (a.WithNeed) a.NeedAt = a.SubmitAt.AddMinutes(-_random.Next(20, 60 * 24 * 3));
        if (a.NeedAt < registered) a.NeedAt = registered;
        var atSubmitted = _random.Next(3) == 0;
        if (a.Ending == Ending.Withdrawn && atSubmitted) a.WithdrawAt = a.SubmitAt.AddMinutes(_random.Next(60, 1200));
        else if (a.Ending == Ending.Rejected && atSubmitted) a.DecideAt = calendar.OfficeAfter(a.SubmitAt, _random.Next(2));
        else
        {
            a.AcceptAt = calendar.OfficeAfter(a.SubmitAt, _random.Next(2));
            if (a.Ending == Ending.Withdrawn) a.WithdrawAt = a.AcceptAt.Value.AddMinutes(_random.Next(120, 1800));
            else
            {
                a.DecideAt = calendar.OfficeAfter(a.AcceptAt.Value, _random.Next(4));
                if (a.Ending == Ending.Disbursed)
                {
                    if (Threshold(a) is { } t && a.Amount > t) a.ConfirmAt = calendar.OfficeAfter(a.DecideAt.Value, _random.Next(2));
                    a.DisburseAt = calendar.OfficeAfter(a.ConfirmAt ?? a.DecideAt.Value, _random.Next(3));
                }
            }
        }
        if (a.Ending == Ending.Rejected) a.RejectReason = names.Pick(RejectReasons);
        return a;
    }

    private bool Matches(DemoEnterprise e, int p, decimal amount, int term, Collateral collateral, DateOnly day) =>
        CountyBanks.Products[p].PublishDay < calendar.IndexOf(day)
        && MatchingEngine.Matches(_products[p], new MatchNeed(Guid.Empty, amount, term, collateral, null),
            new MatchEnterprise(Guid.Empty, e.Industry, e.Village, e.Grade, Scorecard.FullYears(e.EstablishedOn, day), e.Type));

    private Collateral CollateralOf(DemoEnterprise e) => e.Type switch
    {
        EnterpriseType.Company => _random.Next(2) == 0 ? Collateral.Property : Collateral.Receivables,
        EnterpriseType.Cooperative => _random.Next(2) == 0 ? Collateral.Guarantor : Collateral.Equipment,
        _ => Collateral.Guarantor,
    };

    /// <summary>An application of <paramref name="e"/> on <paramref name="day"/> to a product that matches it, with terms the product offers.</summary>
    private DemoApplication? Draft(DemoEnterprise e, DateOnly day, Ending ending, int? product = null, bool pendingApproval = false)
    {
        var collateral = CollateralOf(e);
        var fits = Enumerable.Range(0, _products.Count).Where(p => product is null || p == product)
            .Where(p => Matches(e, p, _products[p].MinAmount, _products[p].MinTermMonths, _products[p].CollateralRequired ? collateral : Collateral.None, day))
            .Where(p => !pendingApproval || CountyBanks.All[CountyBanks.Products[p].Bank].MakerCheckerThreshold is { } t && t < _products[p].MaxAmount)
            .ToList();
        if (fits.Count == 0) return null;
        var roll = _random.NextDouble() * fits.Sum(f => Popularity(CountyBanks.Products[f].Bank));
        var p = fits.SkipWhile(f => (roll -= Popularity(CountyBanks.Products[f].Bank)) > 0).DefaultIfEmpty(fits[^1]).First();
        var terms = _products[p];
        var amount = Fit(p, pendingApproval ? CountyBanks.All[CountyBanks.Products[p].Bank].MakerCheckerThreshold!.Value + 100_000m : Draw(e));
        var termChoices = new[] { 12, 24, 36, 12, 24, 6, 18, 48, 60 }.Where(t => t >= terms.MinTermMonths && t <= terms.MaxTermMonths).ToList();
        var steps = (int)((terms.MaxAnnualRate - terms.MinAnnualRate) / 0.05m);
        var withCollateral = terms.CollateralRequired || _random.Next(8) == 0 ? collateral : Collateral.None;
        var a = new DemoApplication
        {
            Enterprise = e, Product = p, Ending = ending, Requested = amount, Amount = amount,
            TermMonths = termChoices[Math.Min(_random.Next(termChoices.Count), _random.Next(termChoices.Count))],
            AnnualRate = terms.MinAnnualRate + 0.05m * _random.Next(steps + 1), Method = names.Pick(terms.RepaymentMethods),
            Collateral = withCollateral, WithNeed = _random.Next(5) != 0, Purpose = CountyPurposes.Of(e, names),
            MaxAnnualRate = _random.Next(6) == 0 ? Math.Ceiling(terms.MaxAnnualRate) + 1 : null,
            SubmitAt = DemoCalendar.At(day, 12),
        };
        if (!Matches(e, p, a.Amount, a.TermMonths, a.Collateral, day))
            throw new InvalidOperationException($"{e.Name}: {terms.Name} does not match {a.Amount} for {a.TermMonths} months.");
        return a;
    }

    /// <summary>How often the county's borrowers pick a bank's product among those that fit: the rural lenders most, the city branches least.</summary>
    private static double Popularity(int bank) => bank switch { CountyBanks.RuralBank => 1.6, 0 => 2.2, 4 => 2, CountyBanks.Ccb => 2, CountyBanks.HebeiBank => 1.8, _ => 1.2 };

    private decimal Draw(DemoEnterprise e) => e.Type switch
    {
        EnterpriseType.Company => names.Pick([200_000m, 300_000m, 300_000m, 500_000m, 800_000m, 1_000_000m, 1_500_000m]),
        EnterpriseType.Cooperative => names.Pick([100_000m, 150_000m, 200_000m, 300_000m, 500_000m]),
        _ when e.Industry.StartsWith('A') => names.Pick([30_000m, 50_000m, 50_000m, 80_000m, 100_000m, 100_000m, 120_000m, 150_000m, 200_000m, 300_000m]),
        _ => names.Pick([30_000m, 50_000m, 100_000m, 150_000m, 200_000m]),
    };
}
