using CreditLoan.Application.Scoring;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Credit;

namespace CreditLoan.Application.Tests;

/// <summary>The scorecard of docs/credit-scoring.md, factor by factor, on hand-computed cases.</summary>
public sealed class ScorecardTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTimeOffset At = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private const string Code = "91350100M000100Y43";

    private static RegistryRecord Registry(DateOnly established) =>
        new(Code, "定州市牛牛养殖专业合作社", EnterpriseType.Cooperative, "张三", established, 500_000m, "A03", "130682101200", "r1", At);

    private static CreditData Data(RegistryRecord? registry = null, TaxRatingRecord[]? tax = null, SocialInsuranceRecord[]? si = null,
        UtilityRecord[]? utilities = null, PenaltyRecord[]? penalties = null, JudgmentRecord[]? judgments = null,
        DishonestRecord[]? dishonest = null, HonourRecord[]? honours = null) =>
        new(Code, registry ?? Registry(new DateOnly(2024, 11, 24)), tax ?? [], si ?? [], utilities ?? [], penalties ?? [], judgments ?? [], dishonest ?? [], honours ?? []);

    private static int Points(CreditScore s, string factor) => s.Factors.Single(f => f.Name == factor).Contribution;

    [Theory]
    [InlineData(800, CreditGrade.A)]
    [InlineData(799, CreditGrade.B)]
    [InlineData(650, CreditGrade.B)]
    [InlineData(649, CreditGrade.C)]
    [InlineData(500, CreditGrade.C)]
    [InlineData(499, CreditGrade.D)]
    [InlineData(0, CreditGrade.D)]
    public void Grades_follow_the_score_bands(int score, CreditGrade grade) => Assert.Equal(grade, Scorecard.GradeOf(score));

    [Fact]
    public void An_enterprise_with_no_records_scores_the_base_plus_its_years()
    {
        var s = Scorecard.Evaluate(Data(), Today); // established 2024-11-24: 1 full year on 2026-11-23
        Assert.Equal(515, s.Score);
        Assert.Equal(CreditGrade.C, s.Grade);
        Assert.Equal(15, Points(s, "Years in business"));
    }

    [Theory]
    [InlineData(TaxRating.A, 200)]
    [InlineData(TaxRating.B, 120)]
    [InlineData(TaxRating.M, 40)]
    [InlineData(TaxRating.C, -80)]
    [InlineData(TaxRating.D, -200)]
    public void The_latest_tax_rating_counts(TaxRating rating, int points)
    {
        var s = Scorecard.Evaluate(Data(tax: [new(Code, 2023, TaxRating.D, "t", At), new(Code, 2025, rating, "t", At)]), Today);
        Assert.Equal(points, Points(s, "Tax rating"));
    }

    [Theory]
    [InlineData(12, 100)]
    [InlineData(9, 60)]
    [InlineData(6, 20)]
    [InlineData(1, -40)]
    [InlineData(0, -80)]
    public void Social_insurance_continuity(int months, int points) =>
        Assert.Equal(points, Points(Scorecard.Evaluate(Data(si: [new(Code, Today.AddDays(-3), months, 10, "s", At)]), Today), "Social insurance"));

    [Theory]
    [InlineData(0, 50)]
    [InlineData(2, -30)]
    [InlineData(3, -100)]
    public void Utility_arrears(int months, int points) =>
        Assert.Equal(points, Points(Scorecard.Evaluate(Data(utilities: [new(Code, Today.AddDays(-3), months, "u", At)]), Today), "Utility payments"));

    [Fact]
    public void Years_count_whole_years_up_to_ten()
    {
        Assert.Equal(150, Points(Scorecard.Evaluate(Data(Registry(new DateOnly(2001, 1, 1))), Today), "Years in business"));
        Assert.Equal(0, Points(Scorecard.Evaluate(Data(Registry(new DateOnly(2026, 1, 1))), Today), "Years in business"));
        Assert.Equal(4, Scorecard.FullYears(new DateOnly(2022, 11, 23), Today));
        Assert.Equal(3, Scorecard.FullYears(new DateOnly(2022, 11, 24), Today));
    }

    [Fact]
    public void Penalties_judgments_and_honours_count_inside_their_windows_and_caps()
    {
        var s = Scorecard.Evaluate(Data(
            penalties:
            [
                new(Code, Today.AddMonths(-2), PenaltySeverity.Minor, null, "p1", "p", At),
                new(Code, Today.AddMonths(-20), PenaltySeverity.Serious, null, "p2", "p", At),
                new(Code, Today.AddMonths(-40), PenaltySeverity.Severe, null, "p3", "p", At), // outside 36 months
            ],
            judgments:
            [
                new(Code, Today.AddMonths(-30), 80_000m, false, "j1", "j", At),
                new(Code, Today.AddMonths(-10), 5_000m, true, "j2", "j", At),
                new(Code, Today.AddMonths(-61), 5_000m, false, "j3", "j", At), // outside 60 months
            ],
            honours: [new(Code, Today.AddMonths(-1), "a", "h", At), new(Code, Today.AddMonths(-2), "b", "h", At),
                new(Code, Today.AddMonths(-3), "c", "h", At), new(Code, Today.AddMonths(-4), "d", "h", At)]), Today);
        Assert.Equal(-100, Points(s, "Administrative penalties"));
        Assert.Equal(-120, Points(s, "Court judgments"));
        Assert.Equal(90, Points(s, "Honours"));
        Assert.Equal(515 - 100 - 120 + 90, s.Score);

        var many = Scorecard.Evaluate(Data(penalties: Enumerable.Range(0, 5)
            .Select(i => new PenaltyRecord(Code, Today.AddMonths(-13 - i), PenaltySeverity.Severe, null, $"s{i}", "p", At)).ToArray()), Today);
        Assert.Equal(-300, Points(many, "Administrative penalties"));
    }

    [Fact]
    public void Knock_outs_cap_the_grade()
    {
        var strong = new TaxRatingRecord[] { new(Code, 2025, TaxRating.A, "t", At) };
        var listed = Scorecard.Evaluate(Data(tax: strong, dishonest: [new(Code, Today.AddDays(-10), null, "d1", "d", At)]), Today);
        Assert.Equal(CreditGrade.D, listed.Grade);
        Assert.Equal(499, listed.Score);
        Assert.Single(listed.KnockOuts);
        Assert.Equal(listed.Score - Scorecard.Base, listed.Factors.Sum(f => f.Contribution));

        var removed = Scorecard.Evaluate(Data(tax: strong, dishonest: [new(Code, Today.AddDays(-100), Today.AddDays(-1), "d1", "d", At)]), Today);
        Assert.Empty(removed.KnockOuts);
        Assert.Equal(CreditGrade.B, removed.Grade); // 500 + 200 + 15

        var severe = Scorecard.Evaluate(Data(Registry(new DateOnly(2001, 1, 1)), tax: strong,
            penalties: [new(Code, Today.AddMonths(-11), PenaltySeverity.Severe, null, "s", "p", At)]), Today);
        Assert.Equal(CreditGrade.C, severe.Grade); // 500+200+150-150 = 700, capped to 649
        Assert.Equal(649, severe.Score);
        var old = Scorecard.Evaluate(Data(Registry(new DateOnly(2001, 1, 1)), tax: strong,
            penalties: [new(Code, Today.AddMonths(-13), PenaltySeverity.Severe, null, "s", "p", At)]), Today);
        Assert.Equal(CreditGrade.B, old.Grade);
    }

    [Fact]
    public void Every_detail_and_knock_out_comes_as_a_text_key_with_values_in_no_language()
    {
        var full = Scorecard.Evaluate(Data(Registry(new DateOnly(2001, 1, 1)), tax: [new(Code, 2025, TaxRating.A, "t", At)],
            si: [new(Code, Today, 11, 10, "s", At)], utilities: [new(Code, Today, 2, "u", At)],
            penalties: [new(Code, Today.AddMonths(-2), PenaltySeverity.Severe, null, "(2026)冀0682行罚1号", "p", At)],
            judgments: [new(Code, Today.AddMonths(-3), 80_000m, false, "(2026)冀0682民初2号", "j", At)],
            dishonest: [new(Code, Today.AddDays(-10), null, "(2026)冀0682执3号", "d", At)],
            honours: [new(Code, Today.AddMonths(-1), "守合同重信用企业", "h", At)]), Today);
        Assert.Equal(["Tax", "Years", "Social", "Utilities", "Penalties", "Judgments", "Honours", "Dishonest"],
            full.Factors.Select(f => f.DetailText!.Key));
        Assert.Equal(["A", "2025"], full.Factors[0].DetailText!.Values);
        Assert.Equal(["2001-01-01", "25"], full.Factors[1].DetailText!.Values);
        Assert.Equal(["1", "1", "0", "0", $"{Today.AddMonths(-2):yyyy-MM-dd} (2026)冀0682行罚1号"], full.Factors[4].DetailText!.Values);
        Assert.Equal(["1", "1", "80000.00", $"{Today.AddMonths(-3):yyyy-MM-dd} (2026)冀0682民初2号"], full.Factors[5].DetailText!.Values);
        Assert.Equal(["KnockOutDishonest", "KnockOutSeverePenalty"], full.KnockOutTexts.Select(k => k.Key));
        // the values hold dates, numbers, codes and the data's own names: no word of English for a page to leak
        Assert.DoesNotContain(full.Factors.SelectMany(f => f.DetailText!.Values).Concat(full.KnockOutTexts.SelectMany(k => k.Values)),
            v => System.Text.RegularExpressions.Regex.IsMatch(v, "[A-Za-z]{2,}"));

        var none = Scorecard.Evaluate(Data(), Today);
        Assert.Equal(["TaxNone", "Years", "SocialNone", "UtilitiesNone", "PenaltiesNone", "JudgmentsNone", "HonoursNone"],
            none.Factors.Select(f => f.DetailText!.Key));
        Assert.Empty(Scorecard.Evaluate(Data(dishonest: [new(Code, Today.AddDays(-10), null, "x", "d", At)]), Today, describe: false).KnockOutTexts);
    }

    [Fact]
    public void The_score_stays_within_0_and_1000()
    {
        var best = Scorecard.Evaluate(Data(Registry(new DateOnly(2001, 1, 1)), tax: [new(Code, 2025, TaxRating.A, "t", At)],
            si: [new(Code, Today, 12, 10, "s", At)], utilities: [new(Code, Today, 0, "u", At)],
            honours: [new(Code, Today, "a", "h", At), new(Code, Today.AddDays(-1), "b", "h", At), new(Code, Today.AddDays(-2), "c", "h", At)]), Today);
        Assert.Equal(1000, best.Score);
        Assert.Equal(best.Score - Scorecard.Base, best.Factors.Sum(f => f.Contribution));
        var described = Scorecard.Evaluate(Data(), Today);
        var silent = Scorecard.Evaluate(Data(), Today, describe: false);
        Assert.Equal(described.Score, silent.Score);
    }
}
