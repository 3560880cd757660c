using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Products;

public enum ProductCategory { Credit, Guarantee, Mortgage, Pledge }

public enum RepaymentMethod { EqualInstallment, EqualPrincipal, InterestOnly, BulletPayment }

public enum ProductStatus { Draft, Published, Retired }

/// <summary>A loan product (金融产品) of one bank: Draft → Published → Retired.</summary>
public sealed class LoanProduct : Entity
{
    private LoanProduct() { }

    public LoanProduct(Guid bankId, ProductTerms terms, DateTimeOffset createdAt)
    {
        BankId = bankId;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
        Status = ProductStatus.Draft;
        Apply(terms);
    }

    public Guid BankId { get; private set; }
    public string Name { get; private set; } = "";
    public ProductCategory Category { get; private set; }
    public decimal MinAmount { get; private set; }
    public decimal MaxAmount { get; private set; }
    public int MinTermMonths { get; private set; }
    public int MaxTermMonths { get; private set; }
    public decimal MinAnnualRate { get; private set; }
    public decimal MaxAnnualRate { get; private set; }
    public IReadOnlyList<RepaymentMethod> RepaymentMethods { get; private set; } = [];
    /// <summary>Eligible GB/T 4754 codes; a section letter covers its divisions; empty = all.</summary>
    public IReadOnlyList<string> Industries { get; private set; } = [];
    /// <summary>Eligible division-code prefixes (county, township or village); empty = all.</summary>
    public IReadOnlyList<string> Divisions { get; private set; } = [];
    public CreditGrade MinGrade { get; private set; }
    public int MinYearsInBusiness { get; private set; }
    /// <summary>Eligible enterprise types; empty = all.</summary>
    public IReadOnlyList<EnterpriseType> EnterpriseTypes { get; private set; } = [];
    public bool CollateralRequired { get; private set; }
    /// <summary>Materials listed up front (一次性告知).</summary>
    public IReadOnlyList<string> RequiredMaterials { get; private set; } = [];
    public string? Description { get; private set; }
    public ProductStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? RetiredAt { get; private set; }

    /// <summary>Optimistic-concurrency token, renewed on every change.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>Refuses, naming the field, an approval outside what the product offers: its rate and term ranges and its repayment methods.</summary>
    public void CheckOffer(decimal annualRate, int termMonths, RepaymentMethod method)
    {
        if (annualRate < MinAnnualRate || annualRate > MaxAnnualRate)
            throw new FieldRuleException("annualRate", $"annualRate must be within the product's {MinAnnualRate:0.####}–{MaxAnnualRate:0.####}%.")
                { Code = "RateOutsideProduct", Values = [RefusalValue.Number(MinAnnualRate), RefusalValue.Number(MaxAnnualRate)] };
        if (termMonths < MinTermMonths || termMonths > MaxTermMonths)
            throw new FieldRuleException("termMonths", $"termMonths must be within the product's {MinTermMonths}–{MaxTermMonths}.")
                { Code = "TermOutsideProduct", Values = [RefusalValue.Number(MinTermMonths), RefusalValue.Number(MaxTermMonths)] };
        if (!RepaymentMethods.Contains(method))
            throw new FieldRuleException("repaymentMethod", $"The product offers {string.Join(", ", RepaymentMethods)}.")
                { Code = "RepaymentMethodNotOffered", Values = [string.Join(", ", RepaymentMethods)] };
    }

    public void Update(ProductTerms terms, DateTimeOffset at)
    {
        if (Status == ProductStatus.Retired) throw new InvalidStateException("Product", Status.ToString(), "update");
        Apply(terms);
        Touch(at);
    }

    public void Publish(DateTimeOffset at)
    {
        if (Status != ProductStatus.Draft) throw new InvalidStateException("Product", Status.ToString(), "publish");
        Status = ProductStatus.Published;
        PublishedAt = at;
        Touch(at);
    }

    public void Retire(DateTimeOffset at)
    {
        if (Status == ProductStatus.Retired) throw new InvalidStateException("Product", Status.ToString(), "retire");
        Status = ProductStatus.Retired;
        RetiredAt = at;
        Touch(at);
    }

    private void Touch(DateTimeOffset at)
    {
        UpdatedAt = at;
        Version = Guid.NewGuid();
    }

    private void Apply(ProductTerms t)
    {
        if (t.MinAmount <= 0 || t.MaxAmount < t.MinAmount) throw new DomainException("Amount range is invalid.") { Code = "AmountRangeInvalid" };
        if (t.MinTermMonths < 1 || t.MaxTermMonths < t.MinTermMonths) throw new DomainException("Term range is invalid.") { Code = "TermRangeInvalid" };
        if (t.MinAnnualRate <= 0 || t.MaxAnnualRate < t.MinAnnualRate) throw new DomainException("Rate range is invalid.") { Code = "RateRangeInvalid" };
        if (t.RepaymentMethods.Count == 0) throw new DomainException("At least one repayment method is required.") { Code = "RepaymentMethodRequired" };
        Name = t.Name.Trim();
        Category = t.Category;
        MinAmount = t.MinAmount;
        MaxAmount = t.MaxAmount;
        MinTermMonths = t.MinTermMonths;
        MaxTermMonths = t.MaxTermMonths;
        MinAnnualRate = t.MinAnnualRate;
        MaxAnnualRate = t.MaxAnnualRate;
        RepaymentMethods = t.RepaymentMethods.Distinct().ToArray();
        Industries = t.Industries.Distinct().ToArray();
        Divisions = t.Divisions.Distinct().ToArray();
        MinGrade = t.MinGrade;
        MinYearsInBusiness = t.MinYearsInBusiness;
        EnterpriseTypes = t.EnterpriseTypes.Distinct().ToArray();
        CollateralRequired = t.CollateralRequired;
        RequiredMaterials = t.RequiredMaterials.Select(m => m.Trim()).ToArray();
        Description = t.Description;
    }

    /// <summary>Whether an enterprise in this industry may use the product (a section letter covers its divisions).</summary>
    public bool IsIndustryEligible(string industry)
    {
        if (Industries.Count == 0) return true;
        for (var k = 0; k < Industries.Count; k++)
        {
            var i = Industries[k];
            if (i == industry || (i.Length == 1 && industry.Length > 0 && industry[0] == i[0])) return true;
        }
        return false;
    }

    /// <summary>Whether an enterprise in this division may use the product (listed codes are prefixes).</summary>
    public bool IsDivisionEligible(string divisionCode)
    {
        if (Divisions.Count == 0) return true;
        for (var k = 0; k < Divisions.Count; k++)
            if (divisionCode.StartsWith(Divisions[k], StringComparison.Ordinal)) return true;
        return false;
    }
}
