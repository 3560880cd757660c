using CreditLoan.Domain.Common;
using CreditLoan.Domain.Credit;

namespace CreditLoan.Application.Scoring;

/// <summary>Everything the scorecard reads about one credit code.</summary>
public sealed record CreditData(
    string CreditCode,
    RegistryRecord? Registry,
    IReadOnlyList<TaxRatingRecord> Tax,
    IReadOnlyList<SocialInsuranceRecord> SocialInsurance,
    IReadOnlyList<UtilityRecord> Utilities,
    IReadOnlyList<PenaltyRecord> Penalties,
    IReadOnlyList<JudgmentRecord> Judgments,
    IReadOnlyList<DishonestRecord> Dishonest,
    IReadOnlyList<HonourRecord> Honours);

public sealed record CreditScore(int Score, CreditGrade Grade, IReadOnlyList<CreditFactor> Factors, IReadOnlyList<string> KnockOuts)
{
    /// <summary>The knock-outs as text keys and values (<see cref="CreditFactor.DetailText"/>); empty when evaluated without texts.</summary>
    public IReadOnlyList<TextKey> KnockOutTexts { get; init; } = [];
}

/// <summary>
/// The transparent scorecard of product.md §4, documented with every number in docs/credit-scoring.md:
/// score = 500 + the sum of the factor contributions, clamped to 0–1000, then the knock-out caps.
/// A pure function of the records and the business date.
/// </summary>
public static class Scorecard
{
    public const int Base = 500;

    public static CreditGrade GradeOf(int score) => score switch
    {
        >= 800 => CreditGrade.A,
        >= 650 => CreditGrade.B,
        >= 500 => CreditGrade.C,
        _ => CreditGrade.D,
    };

    /// <param name="describe">
    /// False for bulk recomputation, which only stores score and grade: the texts are skipped. The credit report
    /// evaluates again with texts, on the profile's own date, and so shows exactly the stored score.
    /// </param>
    public static CreditScore Evaluate(CreditData data, DateOnly today, bool describe = true)
    {
        var d = describe;
        var factors = new List<CreditFactor>(9)
        {
            Tax(data.Tax, d),
            YearsInBusiness(data.Registry, today, d),
            SocialInsurance(data.SocialInsurance, d),
            Utilities(data.Utilities, d),
            Penalties(data.Penalties, today, d),
            Judgments(data.Judgments, today, d),
            Honours(data.Honours, today, d),
        };
        var raw = Base + factors.Sum(f => f.Contribution);
        var score = Math.Clamp(raw, 0, 1000);
        if (score != raw)
            factors.Add(new CreditFactor("Range limit", score - raw, d ? $"The score is kept within 0-1000 (uncapped {raw})." : "", null, null)
                { DetailText = d ? TextKey.Of("Range", raw) : null });

        var knockOuts = new List<string>();
        var knockOutTexts = new List<TextKey>();
        var listed = data.Dishonest.Where(d => d.IsListedOn(today)).OrderBy(d => d.ListedOn).FirstOrDefault();
        var severe = data.Penalties.Where(p => p.Severity == PenaltySeverity.Severe && p.DecidedOn > today.AddMonths(-12) && p.DecidedOn <= today)
            .OrderByDescending(p => p.DecidedOn).FirstOrDefault();
        if (listed is not null)
        {
            knockOuts.Add(d ? $"Listed as a dishonest debtor (失信被执行人) since {listed.ListedOn:yyyy-MM-dd} ({listed.CaseNo}): grade D." : "dishonest");
            if (d) knockOutTexts.Add(TextKey.Of("KnockOutDishonest", listed.ListedOn, listed.CaseNo));
            score = Cap(factors, score, 499, "Dishonest-debtor list", d ? $"On the list since {listed.ListedOn:yyyy-MM-dd}, case {listed.CaseNo}: grade D." : "",
                Source("dishonest", listed, d), listed.ImportedAt, d ? TextKey.Of("Dishonest", listed.ListedOn, listed.CaseNo) : null);
        }
        if (severe is not null)
        {
            knockOuts.Add(d ? $"Severe administrative penalty on {severe.DecidedOn:yyyy-MM-dd} ({severe.CaseNo}) in the last 12 months: grade at best C." : "severe-penalty");
            if (d) knockOutTexts.Add(TextKey.Of("KnockOutSeverePenalty", severe.DecidedOn, severe.CaseNo));
            score = Cap(factors, score, 649, "Severe penalty in the last 12 months", d ? $"Case {severe.CaseNo} of {severe.DecidedOn:yyyy-MM-dd}: grade at best C." : "",
                Source("penalties", severe, d), severe.ImportedAt, d ? TextKey.Of("SeverePenalty", severe.CaseNo, severe.DecidedOn) : null);
        }
        return new CreditScore(score, GradeOf(score), factors, knockOuts) { KnockOutTexts = knockOutTexts };
    }

    private static int Cap(List<CreditFactor> factors, int score, int cap, string name, string detail, string? source, DateTimeOffset importedAt, TextKey? text)
    {
        if (score > cap) factors.Add(new CreditFactor(name, cap - score, detail, source, importedAt) { DetailText = text });
        return Math.Min(score, cap);
    }

    private static string? Source(string dataset, CreditRecord r, bool describe) => describe ? $"{dataset} batch {r.BatchId}" : null;

    private static CreditFactor Tax(IReadOnlyList<TaxRatingRecord> records, bool d)
    {
        var latest = records.MaxBy(r => r.Year);
        if (latest is null) return new CreditFactor("Tax rating", 0, "No tax credit rating on file.", null, null) { DetailText = new TextKey("TaxNone", []) };
        var points = latest.Rating switch
        {
            TaxRating.A => 200,
            TaxRating.B => 120,
            TaxRating.M => 40,
            TaxRating.C => -80,
            _ => -200,
        };
        return new CreditFactor("Tax rating", points, d ? $"Tax credit rating {latest.Rating} for {latest.Year}." : "", Source("tax", latest, d), latest.ImportedAt)
            { DetailText = d ? TextKey.Of("Tax", latest.Rating, latest.Year) : null };
    }

    private static CreditFactor YearsInBusiness(RegistryRecord? registry, DateOnly today, bool d)
    {
        if (registry is null) return new CreditFactor("Years in business", 0, "Not in the registry.", null, null) { DetailText = new TextKey("YearsNone", []) };
        var years = FullYears(registry.EstablishedOn, today);
        return new CreditFactor("Years in business", Math.Min(years, 10) * 15,
            d ? $"Established {registry.EstablishedOn:yyyy-MM-dd}: {years} full year(s), 15 points a year up to 10 years." : "",
            d ? $"registry batch {registry.BatchId}" : null, registry.ImportedAt) { DetailText = d ? TextKey.Of("Years", registry.EstablishedOn, years) : null };
    }

    /// <summary>Whole years from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static int FullYears(DateOnly from, DateOnly to)
    {
        var years = to.Year - from.Year;
        if (to < from.AddYears(years)) years--;
        return Math.Max(0, years);
    }

    private static CreditFactor SocialInsurance(IReadOnlyList<SocialInsuranceRecord> records, bool d)
    {
        var latest = records.MaxBy(r => r.AsOf);
        if (latest is null) return new CreditFactor("Social insurance", 0, "No social insurance record on file.", null, null) { DetailText = new TextKey("SocialNone", []) };
        var points = latest.MonthsPaidLast12 switch
        {
            >= 12 => 100,
            >= 9 => 60,
            >= 6 => 20,
            >= 1 => -40,
            _ => -80,
        };
        return new CreditFactor("Social insurance", points,
            d ? $"Paid {latest.MonthsPaidLast12} of the 12 months before {latest.AsOf:yyyy-MM-dd}, {latest.Headcount} insured." : "",
            Source("social-insurance", latest, d), latest.ImportedAt)
            { DetailText = d ? TextKey.Of("Social", latest.MonthsPaidLast12, latest.AsOf, latest.Headcount) : null };
    }

    private static CreditFactor Utilities(IReadOnlyList<UtilityRecord> records, bool d)
    {
        var latest = records.MaxBy(r => r.AsOf);
        if (latest is null) return new CreditFactor("Utility payments", 0, "No utility record on file.", null, null) { DetailText = new TextKey("UtilitiesNone", []) };
        var points = latest.ArrearsMonthsLast12 switch
        {
            0 => 50,
            <= 2 => -30,
            _ => -100,
        };
        return new CreditFactor("Utility payments", points,
            d ? $"{latest.ArrearsMonthsLast12} month(s) in arrears in the 12 months before {latest.AsOf:yyyy-MM-dd}." : "",
            Source("utilities", latest, d), latest.ImportedAt) { DetailText = d ? TextKey.Of("Utilities", latest.ArrearsMonthsLast12, latest.AsOf) : null };
    }

    private static CreditFactor Penalties(IReadOnlyList<PenaltyRecord> records, DateOnly today, bool d)
    {
        var recent = records.Where(p => p.DecidedOn > today.AddMonths(-36) && p.DecidedOn <= today).OrderByDescending(p => p.DecidedOn).ToList();
        if (recent.Count == 0) return new CreditFactor("Administrative penalties", 0, "No penalty in the last 36 months.", null, null) { DetailText = new TextKey("PenaltiesNone", []) };
        var points = Math.Max(-300, recent.Sum(p => p.Severity switch
        {
            PenaltySeverity.Minor => -20,
            PenaltySeverity.Serious => -80,
            _ => -150,
        }));
        var detail = !d ? "" : $"{recent.Count} penalt{(recent.Count == 1 ? "y" : "ies")} in the last 36 months: " +
                     string.Join("; ", recent.Take(5).Select(p => $"{p.DecidedOn:yyyy-MM-dd} {p.Severity} {p.CaseNo}"));
        return new CreditFactor("Administrative penalties", points, detail, Source("penalties", recent[0], d), recent.Max(p => p.ImportedAt))
        {
            DetailText = d ? TextKey.Of("Penalties", recent.Count, recent.Count(p => p.Severity == PenaltySeverity.Severe),
                recent.Count(p => p.Severity == PenaltySeverity.Serious), recent.Count(p => p.Severity == PenaltySeverity.Minor),
                string.Join("；", recent.Take(5).Select(p => $"{p.DecidedOn:yyyy-MM-dd} {p.CaseNo}"))) : null,
        };
    }

    private static CreditFactor Judgments(IReadOnlyList<JudgmentRecord> records, DateOnly today, bool d)
    {
        var recent = records.Where(j => j.JudgedOn > today.AddMonths(-60) && j.JudgedOn <= today).OrderByDescending(j => j.JudgedOn).ToList();
        if (recent.Count == 0) return new CreditFactor("Court judgments", 0, "No judgment as defendant in the last 60 months.", null, null) { DetailText = new TextKey("JudgmentsNone", []) };
        var points = Math.Max(-300, recent.Sum(j => j.Settled ? -20 : -100));
        var unsettled = recent.Count(j => !j.Settled);
        var detail = !d ? "" : $"{recent.Count} judgment(s) as defendant in the last 60 months, {unsettled} unsettled " +
                     $"({recent.Where(j => !j.Settled).Sum(j => j.Amount):0.00} yuan): " +
                     string.Join("; ", recent.Take(5).Select(j => $"{j.JudgedOn:yyyy-MM-dd} {j.CaseNo} {(j.Settled ? "settled" : "unsettled")}"));
        return new CreditFactor("Court judgments", points, detail, Source("judgments", recent[0], d), recent.Max(j => j.ImportedAt))
        {
            DetailText = d ? TextKey.Of("Judgments", recent.Count, unsettled, recent.Where(j => !j.Settled).Sum(j => j.Amount),
                string.Join("；", recent.Take(5).Select(j => $"{j.JudgedOn:yyyy-MM-dd} {j.CaseNo}"))) : null,
        };
    }

    private static CreditFactor Honours(IReadOnlyList<HonourRecord> records, DateOnly today, bool d)
    {
        var recent = records.Where(h => h.AwardedOn > today.AddMonths(-36) && h.AwardedOn <= today).OrderByDescending(h => h.AwardedOn).ToList();
        if (recent.Count == 0) return new CreditFactor("Honours", 0, "No honour in the last 36 months.", null, null) { DetailText = new TextKey("HonoursNone", []) };
        return new CreditFactor("Honours", Math.Min(90, recent.Count * 30),
            d ? $"{recent.Count} honour(s) in the last 36 months: " + string.Join("; ", recent.Take(5).Select(h => $"{h.AwardedOn:yyyy-MM-dd} {h.Title}")) : "",
            Source("honours", recent[0], d), recent.Max(h => h.ImportedAt))
            { DetailText = d ? TextKey.Of("Honours", recent.Count, string.Join("；", recent.Take(5).Select(h => $"{h.AwardedOn:yyyy-MM-dd} {h.Title}"))) : null };
    }
}
