using System.Globalization;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Products;

namespace CreditLoan.Application.Matching;

/// <summary>What matching needs to know about an enterprise (its profile and its grade).</summary>
public sealed record MatchEnterprise(Guid EnterpriseId, string Industry, string DivisionCode, CreditGrade Grade, int YearsInBusiness, EnterpriseType Type);

/// <summary>What matching needs to know about a financing need.</summary>
public sealed record MatchNeed(Guid NeedId, decimal Amount, int TermMonths, Collateral Collateral, decimal? MaxAnnualRate);

/// <summary>
/// A hard rule that failed: which, what the product requires, what the enterprise or its need has (English), and the
/// bare values of both (<c>values: [required, actual]</c>: numbers, codes, grades) for a client writing its own language.
/// </summary>
public sealed record FailedRule(string Rule, string Required, string Actual)
{
    public IReadOnlyList<string> Values { get; init; } = [];
}

/// <summary>
/// Why a product fits a need: a stable <c>code</c> with its bare <c>values</c> (the portal writes them in Chinese from
/// its resources), and the same in English as <see cref="Text"/>.
/// </summary>
public sealed record MatchReason(string Code, IReadOnlyList<string> Values, string Text);

public sealed record ProductMatch(LoanProduct Product, int FitScore, IReadOnlyList<MatchReason> Reasons);

public sealed record Prospect(MatchNeed Need, MatchEnterprise Enterprise, int FitScore);

/// <summary>
/// The matching rules of product.md §5 as a pure component: no database, no clock, no allocation on the
/// path that rejects a product. <see cref="Explain"/> and <see cref="Matches"/> apply the same rules (property-tested).
/// The fit score is documented in docs/matching.md.
/// </summary>
public static class MatchingEngine
{
    public static class Rules
    {
        public const string Amount = "amount";
        public const string Term = "termMonths";
        public const string Division = "division";
        public const string Industry = "industry";
        public const string Grade = "grade";
        public const string YearsInBusiness = "yearsInBusiness";
        public const string EnterpriseType = "enterpriseType";
        public const string Collateral = "collateral";
        public const string Rate = "rate";
    }

    /// <summary>True when every hard rule holds.</summary>
    public static bool Matches(LoanProduct p, MatchNeed need, MatchEnterprise e) =>
        need.Amount >= p.MinAmount && need.Amount <= p.MaxAmount
        && need.TermMonths >= p.MinTermMonths && need.TermMonths <= p.MaxTermMonths
        && (need.MaxAnnualRate is not { } maxRate || p.MinAnnualRate <= maxRate)
        && e.Grade <= p.MinGrade
        && e.YearsInBusiness >= p.MinYearsInBusiness
        && (!p.CollateralRequired || need.Collateral != Collateral.None)
        && (p.EnterpriseTypes.Count == 0 || Contains(p.EnterpriseTypes, e.Type))
        && p.IsDivisionEligible(e.DivisionCode)
        && p.IsIndustryEligible(e.Industry);

    /// <summary>Every rule that fails, with what is required and what the enterprise has ("needs grade B; yours is C").</summary>
    public static IReadOnlyList<FailedRule> Explain(LoanProduct p, MatchNeed need, MatchEnterprise e)
    {
        var failed = new List<FailedRule>();
        if (need.Amount < p.MinAmount || need.Amount > p.MaxAmount)
            failed.Add(new(Rules.Amount, $"{Yuan(p.MinAmount)}–{Yuan(p.MaxAmount)} yuan", $"{Yuan(need.Amount)} yuan")
                { Values = [$"{Yuan(p.MinAmount)}–{Yuan(p.MaxAmount)}", Yuan(need.Amount)] });
        if (need.TermMonths < p.MinTermMonths || need.TermMonths > p.MaxTermMonths)
            failed.Add(new(Rules.Term, $"{p.MinTermMonths}–{p.MaxTermMonths} months", $"{need.TermMonths} months")
                { Values = [$"{p.MinTermMonths}–{p.MaxTermMonths}", need.TermMonths.ToString(CultureInfo.InvariantCulture)] });
        if (!p.IsDivisionEligible(e.DivisionCode))
            failed.Add(new(Rules.Division, $"one of {string.Join(", ", p.Divisions)}", e.DivisionCode) { Values = [string.Join(", ", p.Divisions), e.DivisionCode] });
        if (!p.IsIndustryEligible(e.Industry))
            failed.Add(new(Rules.Industry, $"one of {string.Join(", ", p.Industries)}", e.Industry) { Values = [string.Join(", ", p.Industries), e.Industry] });
        if (e.Grade > p.MinGrade)
            failed.Add(new(Rules.Grade, $"grade {p.MinGrade} or better", $"grade {e.Grade}") { Values = [p.MinGrade.ToString(), e.Grade.ToString()] });
        if (e.YearsInBusiness < p.MinYearsInBusiness)
            failed.Add(new(Rules.YearsInBusiness, $"at least {p.MinYearsInBusiness} year(s) in business", $"{e.YearsInBusiness} year(s)")
                { Values = [p.MinYearsInBusiness.ToString(CultureInfo.InvariantCulture), e.YearsInBusiness.ToString(CultureInfo.InvariantCulture)] });
        if (p.EnterpriseTypes.Count > 0 && !Contains(p.EnterpriseTypes, e.Type))
            failed.Add(new(Rules.EnterpriseType, $"one of {string.Join(", ", p.EnterpriseTypes)}", e.Type.ToString())
                { Values = [string.Join(", ", p.EnterpriseTypes), e.Type.ToString()] });
        if (p.CollateralRequired && need.Collateral == Collateral.None)
            failed.Add(new(Rules.Collateral, "collateral (property, equipment, receivables or a guarantor)", "none offered") { Values = ["", nameof(Collateral.None)] });
        if (need.MaxAnnualRate is { } maxRate && p.MinAnnualRate > maxRate)
            failed.Add(new(Rules.Rate, $"accepting at least {Rate(p.MinAnnualRate)}%", $"at most {Rate(maxRate)}%") { Values = [Rate(p.MinAnnualRate), Rate(maxRate)] });
        return failed;
    }

    /// <summary>
    /// Fit 0–100: rate 40 (lower minimum rate is better), amount headroom 20, grade headroom 20, the bank's measured
    /// speed of accepting 20 (neutral 10 while unknown). Only meaningful for a product that matches.
    /// </summary>
    public static int FitScore(LoanProduct p, MatchNeed need, MatchEnterprise e, double? bankAcceptHours)
    {
        var rate = 40 * Clamp((double)((10m - p.MinAnnualRate) / 8m));
        var headroomShare = p.MaxAmount == 0 ? 0m : (p.MaxAmount - need.Amount) / p.MaxAmount; // a share of the ceiling, not money
        var headroom = 20 * Clamp((double)headroomShare);
        var grade = 20 * Clamp(((int)p.MinGrade - (int)e.Grade) / 3.0);
        var speed = bankAcceptHours is { } hours ? 20 * Clamp((48 - hours) / 40) : 10;
        return (int)Math.Round(rate + headroom + grade + speed, MidpointRounding.AwayFromZero);
    }

    /// <summary>The products that match a need, best first (fit, then lower rate, then newer), each with its reasons.</summary>
    public static List<ProductMatch> Match(IReadOnlyList<LoanProduct> products, MatchNeed need, MatchEnterprise e,
        IReadOnlyDictionary<Guid, double>? bankAcceptHours = null)
    {
        var result = new List<ProductMatch>();
        for (var i = 0; i < products.Count; i++)
        {
            var p = products[i];
            if (!Matches(p, need, e)) continue;
            double? hours = bankAcceptHours is not null && bankAcceptHours.TryGetValue(p.BankId, out var h) ? h : null;
            result.Add(new ProductMatch(p, FitScore(p, need, e, hours), Reasons(p, need, e, hours)));
        }
        result.Sort((a, b) =>
        {
            var c = b.FitScore.CompareTo(a.FitScore);
            if (c == 0) c = a.Product.MinAnnualRate.CompareTo(b.Product.MinAnnualRate);
            if (c == 0) c = Nullable.Compare(b.Product.PublishedAt, a.Product.PublishedAt);
            return c != 0 ? c : a.Product.Id.CompareTo(b.Product.Id);
        });
        return result;
    }

    /// <summary>Open needs a product matches, best fit first.</summary>
    public static List<Prospect> Prospects(LoanProduct p, IReadOnlyList<(MatchNeed Need, MatchEnterprise Enterprise)> candidates, double? bankAcceptHours = null)
    {
        var result = new List<Prospect>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var (need, e) = candidates[i];
            if (Matches(p, need, e)) result.Add(new Prospect(need, e, FitScore(p, need, e, bankAcceptHours)));
        }
        result.Sort((a, b) =>
        {
            var c = b.FitScore.CompareTo(a.FitScore);
            return c != 0 ? c : a.Need.NeedId.CompareTo(b.Need.NeedId);
        });
        return result;
    }

    /// <summary>The stable codes of <see cref="MatchReason"/>.</summary>
    public static class ReasonCodes
    {
        public const string Amount = "amount";
        public const string Term = "term";
        public const string Grade = "grade";
        public const string Rate = "rate";
        public const string RateWithin = "rateWithin";
        public const string Collateral = "collateral";
        public const string NoCollateral = "noCollateral";
        public const string Speed = "speed";
    }

    private static IReadOnlyList<MatchReason> Reasons(LoanProduct p, MatchNeed need, MatchEnterprise e, double? hours)
    {
        var reasons = new List<MatchReason>(6)
        {
            new(ReasonCodes.Amount, [Yuan(need.Amount), Yuan(p.MinAmount), Yuan(p.MaxAmount)],
                $"Amount {Yuan(need.Amount)} yuan is within {Yuan(p.MinAmount)}–{Yuan(p.MaxAmount)}"),
            new(ReasonCodes.Term, [Int(need.TermMonths), Int(p.MinTermMonths), Int(p.MaxTermMonths)],
                $"Term {need.TermMonths} months is within {p.MinTermMonths}–{p.MaxTermMonths}"),
            new(ReasonCodes.Grade, [e.Grade.ToString(), p.MinGrade.ToString()], $"Grade {e.Grade} meets the minimum {p.MinGrade}"),
            need.MaxAnnualRate is { } max
                ? new(ReasonCodes.RateWithin, [Rate(p.MinAnnualRate), Rate(max)], $"Annual rate from {Rate(p.MinAnnualRate)}% (you accept up to {Rate(max)}%)")
                : new(ReasonCodes.Rate, [Rate(p.MinAnnualRate)], $"Annual rate from {Rate(p.MinAnnualRate)}%"),
        };
        if (p.CollateralRequired) reasons.Add(new(ReasonCodes.Collateral, [need.Collateral.ToString()], $"Collateral offered: {need.Collateral}"));
        else if (p.Category == ProductCategory.Credit) reasons.Add(new(ReasonCodes.NoCollateral, [], "No collateral required (credit loan)"));
        if (hours is { } h)
        {
            var shown = h.ToString("0.#", CultureInfo.InvariantCulture);
            reasons.Add(new(ReasonCodes.Speed, [shown], $"The bank accepts applications in {shown} hours on average"));
        }
        return reasons;
    }

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static bool Contains(IReadOnlyList<EnterpriseType> types, EnterpriseType t)
    {
        for (var i = 0; i < types.Count; i++)
            if (types[i] == t) return true;
        return false;
    }

    private static double Clamp(double x) => Math.Clamp(x, 0, 1);

    private static string Yuan(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Rate(decimal v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
