using CreditLoan.Application.Matching;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Products;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CreditLoan.Application.Tests;

/// <summary>Properties of the matching engine over random products, needs and enterprises.</summary>
public sealed class MatchingPropertyTests
{
    private static readonly string[] Industries = ["A", "A03", "A01", "C", "C13", "F52"];
    private static readonly string[] Villages = ["130682101200", "130682102202", "130681200001", "440305001001"];
    private static readonly string[] DivisionRules = ["130682", "130682101", "130681", "130682102202", "440305"];

    private static Gen<T[]> SubsetOf<T>(T[] items) => Gen.ListOf(Gen.Elements(items)).Select(l => l.Distinct().Take(3).ToArray());

    private static readonly Gen<LoanProduct> Products =
        from minAmount in Gen.Choose(1, 100)
        from spread in Gen.Choose(0, 100)
        from minTerm in Gen.Choose(1, 60)
        from termSpread in Gen.Choose(0, 60)
        from minRate in Gen.Choose(200, 900)
        from grade in Gen.Elements(CreditGrade.A, CreditGrade.B, CreditGrade.C, CreditGrade.D)
        from years in Gen.Choose(0, 6)
        from collateral in Gen.Elements(true, false)
        from industries in SubsetOf(Industries)
        from divisions in SubsetOf(DivisionRules)
        from types in SubsetOf(Enum.GetValues<EnterpriseType>())
        select new LoanProduct(Guid.NewGuid(), new ProductTerms("p", ProductCategory.Credit, minAmount * 10_000m, (minAmount + spread) * 10_000m,
            minTerm, minTerm + termSpread, minRate / 100m, minRate / 100m + 2m, [RepaymentMethod.EqualInstallment], industries, divisions, grade,
            years, types, collateral, [], null), DateTimeOffset.UnixEpoch);

    private static readonly Gen<MatchNeed> Needs =
        from amount in Gen.Choose(1, 250)
        from term in Gen.Choose(1, 150)
        from collateral in Gen.Elements(Enum.GetValues<Collateral>())
        from rate in Gen.Choose(0, 1200)
        select new MatchNeed(Guid.NewGuid(), amount * 5_000m, term, collateral, rate < 150 ? null : rate / 100m);

    private static readonly Gen<MatchEnterprise> Enterprises =
        from industry in Gen.Elements(Industries.Where(i => i.Length == 3).ToArray())
        from village in Gen.Elements(Villages)
        from grade in Gen.Elements(CreditGrade.A, CreditGrade.B, CreditGrade.C, CreditGrade.D)
        from years in Gen.Choose(0, 8)
        from type in Gen.Elements(Enum.GetValues<EnterpriseType>())
        select new MatchEnterprise(Guid.NewGuid(), industry, village, grade, years, type);

    [Property(MaxTest = 2000)]
    public Property A_product_matches_exactly_when_no_rule_fails() =>
        Prop.ForAll(Products.ToArbitrary(), Needs.ToArbitrary(), Enterprises.ToArbitrary(),
            (p, need, e) => MatchingEngine.Matches(p, need, e) == (MatchingEngine.Explain(p, need, e).Count == 0));

    [Property(MaxTest = 300)]
    public Property Matches_lists_exactly_the_products_explain_clears_best_first() =>
        Prop.ForAll(Gen.ListOf(Products).Select(l => l.Take(40).ToList()).ToArbitrary(), Needs.ToArbitrary(), Enterprises.ToArbitrary(),
            (products, need, e) =>
            {
                var matches = MatchingEngine.Match(products, need, e);
                var expected = products.Where(p => MatchingEngine.Explain(p, need, e).Count == 0).Select(p => p.Id).ToHashSet();
                var fits = matches.Select(m => m.FitScore).ToList();
                return matches.Select(m => m.Product.Id).ToHashSet().SetEquals(expected)
                       && fits.SequenceEqual(fits.OrderByDescending(f => f))
                       && matches.All(m => m.FitScore is >= 0 and <= 100 && m.Reasons.Count > 0);
            });

    [Property(MaxTest = 300)]
    public Property Prospects_are_the_candidates_the_product_matches() =>
        Prop.ForAll(Products.ToArbitrary(), Gen.ListOf(Gen.Zip(Needs, Enterprises)).Select(l => l.Take(50).ToList()).ToArbitrary(),
            (p, candidates) =>
            {
                var prospects = MatchingEngine.Prospects(p, candidates);
                var expected = candidates.Where(c => MatchingEngine.Matches(p, c.Item1, c.Item2)).Select(c => c.Item1.NeedId).ToHashSet();
                return prospects.Select(x => x.Need.NeedId).ToHashSet().SetEquals(expected);
            });
}

/// <summary>Each hard rule, both ways.</summary>
public sealed class MatchingRuleTests
{
    private static LoanProduct Product(Func<ProductTerms, ProductTerms>? change = null)
    {
        var terms = new ProductTerms("牧业贷", ProductCategory.Credit, 10_000m, 500_000m, 6, 36, 3.85m, 6.5m, [RepaymentMethod.EqualInstallment],
            ["A"], ["130682"], CreditGrade.C, 2, [EnterpriseType.Cooperative, EnterpriseType.Company], false, [], null);
        return new LoanProduct(Guid.NewGuid(), change?.Invoke(terms) ?? terms, DateTimeOffset.UnixEpoch);
    }

    private static readonly MatchNeed Need = new(Guid.NewGuid(), 120_000m, 12, Collateral.None, 6m);
    private static readonly MatchEnterprise Farm = new(Guid.NewGuid(), "A03", "130682101200", CreditGrade.B, 5, EnterpriseType.Cooperative);

    private static string? Fails(LoanProduct p, MatchNeed n, MatchEnterprise e) => MatchingEngine.Explain(p, n, e).SingleOrDefault()?.Rule;

    [Fact]
    public void The_baseline_matches() => Assert.True(MatchingEngine.Matches(Product(), Need, Farm));

    [Fact]
    public void Amount_must_be_within_range()
    {
        Assert.Equal("amount", Fails(Product(), Need with { Amount = 9_999.99m }, Farm));
        Assert.Equal("amount", Fails(Product(), Need with { Amount = 500_000.01m }, Farm));
        Assert.Null(Fails(Product(), Need with { Amount = 500_000m }, Farm));
        Assert.Null(Fails(Product(), Need with { Amount = 10_000m }, Farm));
    }

    [Fact]
    public void Term_must_be_within_range()
    {
        Assert.Equal("termMonths", Fails(Product(), Need with { TermMonths = 5 }, Farm));
        Assert.Equal("termMonths", Fails(Product(), Need with { TermMonths = 37 }, Farm));
        Assert.Null(Fails(Product(), Need with { TermMonths = 36 }, Farm));
    }

    [Fact]
    public void Division_and_industry_are_prefix_rules()
    {
        Assert.Equal("division", Fails(Product(), Need, Farm with { DivisionCode = "130681101001" }));
        Assert.Null(Fails(Product(t => t with { Divisions = [] }), Need, Farm with { DivisionCode = "130681101001" }));
        Assert.Equal("industry", Fails(Product(), Need, Farm with { Industry = "C13" }));
        Assert.Null(Fails(Product(t => t with { Industries = ["C13"] }), Need, Farm with { Industry = "C13" }));
    }

    [Fact]
    public void Grade_years_type_collateral_and_rate()
    {
        var explain = MatchingEngine.Explain(Product(t => t with { MinGrade = CreditGrade.A }), Need, Farm).Single();
        Assert.Equal(("grade", "grade A or better", "grade B"), (explain.Rule, explain.Required, explain.Actual));
        Assert.Null(Fails(Product(t => t with { MinGrade = CreditGrade.B }), Need, Farm));
        Assert.Equal("yearsInBusiness", Fails(Product(), Need, Farm with { YearsInBusiness = 1 }));
        Assert.Null(Fails(Product(), Need, Farm with { YearsInBusiness = 2 }));
        Assert.Equal("enterpriseType", Fails(Product(), Need, Farm with { Type = EnterpriseType.IndividualBusiness }));
        Assert.Null(Fails(Product(t => t with { EnterpriseTypes = [] }), Need, Farm with { Type = EnterpriseType.IndividualBusiness }));
        Assert.Equal("collateral", Fails(Product(t => t with { CollateralRequired = true }), Need, Farm));
        Assert.Null(Fails(Product(t => t with { CollateralRequired = true }), Need with { Collateral = Collateral.Property }, Farm));
        Assert.Equal("rate", Fails(Product(), Need with { MaxAnnualRate = 3.5m }, Farm));
        Assert.Null(Fails(Product(), Need with { MaxAnnualRate = 3.85m }, Farm));
        Assert.Null(Fails(Product(), Need with { MaxAnnualRate = null }, Farm));
    }

    [Fact]
    public void The_fit_score_rewards_low_rates_headroom_grade_and_speed()
    {
        var cheap = Product(t => t with { MinAnnualRate = 3m });
        var dear = Product(t => t with { MinAnnualRate = 6m, MaxAnnualRate = 7m });
        Assert.True(MatchingEngine.FitScore(cheap, Need, Farm, null) > MatchingEngine.FitScore(dear, Need, Farm, null));
        Assert.True(MatchingEngine.FitScore(cheap, Need, Farm, 4) > MatchingEngine.FitScore(cheap, Need, Farm, 40));
        Assert.True(MatchingEngine.FitScore(cheap, Need, Farm with { Grade = CreditGrade.A }, null) > MatchingEngine.FitScore(cheap, Need, Farm, null));
        Assert.True(MatchingEngine.FitScore(cheap, Need with { Amount = 20_000m }, Farm, null) > MatchingEngine.FitScore(cheap, Need with { Amount = 490_000m }, Farm, null));
        // 40·(10−3)/8 + 20·(500000−120000)/500000 + 20·(C−B)/3 + 10 (speed unknown) = 35 + 15.2 + 6.67 + 10
        Assert.Equal(67, MatchingEngine.FitScore(cheap, Need, Farm, null));
    }
}
