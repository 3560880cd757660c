using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;
using static CreditLoan.Domain.Products.RepaymentMethod;

namespace CreditLoan.Web.Demo;

/// <param name="Key">The bank's user names start with it (ccb.admin, ccb.officer).</param>
/// <param name="MakerCheckerThreshold">Approvals above it wait for a second officer (双人复核); null: none.</param>
public sealed record DemoBank(string Key, string Name, decimal? MakerCheckerThreshold = null);

/// <param name="PublishDay">The day of the county's year the bank publishes it (0 = the platform's first day).</param>
public sealed record DemoProduct(int Bank, ProductTerms Terms, int PublishDay);

/// <summary>
/// The fifteen banks lending in the sample county and their twenty-one products. The two station partners are the
/// 建设银行 and 河北银行 branches. The names follow the banks' own product lines; terms are illustrative, not any bank's offer.
/// </summary>
public static class CountyBanks
{
    public const int Ccb = 2;
    public const int HebeiBank = 5;
    public const int RuralBank = 6;

    public static readonly IReadOnlyList<DemoBank> All =
    [
        new("abc", "中国农业银行定州市支行"),
        new("icbc", "中国工商银行定州支行", 500_000m),
        new("ccb", "中国建设银行定州支行", 500_000m),
        new("boc", "中国银行定州支行"),
        new("psbc", "中国邮政储蓄银行定州市支行"),
        new("hebbank", "河北银行定州支行", 300_000m),
        new("dzrcb", "河北定州农村商业银行"),
        new("bocom", "交通银行定州支行", 1_000_000m),
        new("adbc", "中国农业发展银行定州市支行", 1_000_000m),
        new("bdbank", "保定银行定州支行"),
        new("czbank", "沧州银行定州支行"),
        new("xtbank", "邢台银行定州支行"),
        new("citic", "中信银行定州支行"),
        new("zjkbank", "张家口银行定州支行"),
        new("dzvb", "定州惠民村镇银行"),
    ];

    private static readonly string[] Basic = ["营业执照", "法定代表人身份证", "近六个月银行流水"];
    private static readonly string[] Farm = ["身份证", "户口簿", "土地承包或流转合同", "养殖或种植规模证明"];

    private static DemoProduct P(int bank, string name, ProductCategory category, decimal min, decimal max, int minTerm, int maxTerm, decimal minRate,
        decimal maxRate, RepaymentMethod[] methods, string[] industries, CreditGrade grade, int years, string description, int publishDay = 0,
        EnterpriseType[]? types = null, bool collateral = false, string[]? divisions = null, string[]? materials = null) =>
        new(bank, new ProductTerms(name, category, min, max, minTerm, maxTerm, minRate, maxRate, methods, industries, divisions ?? ["130682"], grade, years,
            types ?? [], collateral, materials ?? Basic, description), publishDay);

    public static readonly IReadOnlyList<DemoProduct> Products =
    [
        P(0, "惠农e贷", ProductCategory.Credit, 10_000m, 300_000m, 6, 36, 3.65m, 5.2m, [EqualInstallment, InterestOnly], ["A"], CreditGrade.C, 1,
            "面向种养殖户和农民专业合作社的纯信用贷款，线上申请、随借随还。", materials: Farm),
        P(0, "农户小额信用贷", ProductCategory.Credit, 10_000m, 100_000m, 6, 24, 3.85m, 5.5m, [EqualInstallment, EqualPrincipal], ["A"], CreditGrade.C, 1,
            "农户和个体工商户的小额信用贷款，无需抵押担保。", 1, [EnterpriseType.IndividualBusiness, EnterpriseType.Cooperative], materials: Farm),
        P(1, "经营快贷", ProductCategory.Credit, 50_000m, 500_000m, 6, 12, 3.45m, 4.35m, [InterestOnly, BulletPayment], ["C", "F"], CreditGrade.B, 2,
            "依托纳税和结算数据的小微企业流动资金贷款。", 2, [EnterpriseType.Company]),
        P(2, "裕农快贷", ProductCategory.Credit, 20_000m, 300_000m, 6, 36, 3.7m, 5.0m, [EqualInstallment, InterestOnly], ["A"], CreditGrade.C, 1,
            "面向新型农业经营主体的信用贷款，村口服务站可代办。", materials: Farm),
        P(2, "小微快贷", ProductCategory.Credit, 100_000m, 1_000_000m, 12, 36, 3.55m, 4.5m, [InterestOnly, EqualInstallment], ["C", "F", "G", "H"], CreditGrade.B, 2,
            "小微企业全流程线上信用贷款，额度循环使用。", 1, divisions: []),
        P(3, "中银企E贷", ProductCategory.Credit, 100_000m, 1_000_000m, 12, 36, 3.6m, 4.6m, [EqualInstallment, InterestOnly], ["C"], CreditGrade.B, 3,
            "面向制造业小微企业的信用贷款。", 3, [EnterpriseType.Company], divisions: []),
        P(4, "极速贷", ProductCategory.Credit, 10_000m, 200_000m, 6, 24, 3.9m, 6.0m, [EqualInstallment], [], CreditGrade.C, 1,
            "个体工商户和小微企业主的经营性信用贷款，最快当天放款。", 2),
        P(4, "家庭农场贷", ProductCategory.Guarantee, 50_000m, 500_000m, 12, 36, 4.2m, 6.2m, [EqualInstallment, InterestOnly], ["A"], CreditGrade.C, 2,
            "家庭农场和种养大户的担保贷款，可由农业信贷担保公司担保。", 4, collateral: true, materials: Farm),
        P(5, "冀农贷", ProductCategory.Credit, 20_000m, 300_000m, 6, 36, 3.8m, 5.4m, [EqualInstallment, EqualPrincipal], ["A"], CreditGrade.C, 1,
            "河北银行服务乡村振兴的涉农信用贷款，服务站可代办。", materials: Farm),
        P(5, "税易贷", ProductCategory.Credit, 50_000m, 800_000m, 12, 24, 3.6m, 4.8m, [InterestOnly], ["C", "F", "H"], CreditGrade.B, 2,
            "按纳税信用等级核定额度的信用贷款。", 2, divisions: []),
        P(6, "牧业贷", ProductCategory.Credit, 30_000m, 500_000m, 6, 36, 4.35m, 6.5m, [EqualInstallment, InterestOnly], ["A03"], CreditGrade.C, 1,
            "面向肉牛、奶牛、生猪和家禽养殖户的纯信用贷款，审批快。", materials: Farm),
        P(6, "惠农信用贷", ProductCategory.Credit, 10_000m, 200_000m, 6, 36, 4.5m, 6.8m, [EqualInstallment, EqualPrincipal, InterestOnly], [], CreditGrade.C, 0,
            "整村授信的普惠信用贷款，不限行业。"),
        P(6, "商户贷", ProductCategory.Guarantee, 50_000m, 500_000m, 12, 36, 4.6m, 7.2m, [EqualInstallment], ["F", "H", "O"], CreditGrade.C, 1,
            "个体工商户和商贸企业的保证担保贷款。", 5, collateral: true),
        P(7, "抵押经营贷", ProductCategory.Mortgage, 200_000m, 2_000_000m, 12, 60, 3.5m, 4.5m, [InterestOnly, EqualPrincipal], [], CreditGrade.B, 2,
            "以房产抵押的小微企业经营贷款。", 3, collateral: true, divisions: []),
        P(8, "产业振兴贷", ProductCategory.Guarantee, 300_000m, 3_000_000m, 12, 60, 3.2m, 4.0m, [EqualPrincipal, InterestOnly], ["A", "C13", "C14"], CreditGrade.B, 3,
            "支持农业产业化龙头企业和合作社的政策性担保贷款。", 5, [EnterpriseType.Company, EnterpriseType.Cooperative], true),
        P(9, "保银快贷", ProductCategory.Credit, 30_000m, 300_000m, 6, 24, 4.2m, 6.0m, [EqualInstallment, InterestOnly], [], CreditGrade.C, 1,
            "本地小微企业和个体工商户的信用贷款。", 90),
        P(10, "仓单质押贷", ProductCategory.Pledge, 100_000m, 1_000_000m, 6, 12, 4.0m, 5.5m, [BulletPayment, InterestOnly], ["A01", "C13", "F51"], CreditGrade.B, 2,
            "以粮食、农产品仓单质押的短期贷款。", 6, collateral: true, divisions: []),
        P(11, "设备按揭贷", ProductCategory.Mortgage, 100_000m, 800_000m, 12, 36, 4.3m, 5.8m, [EqualInstallment], ["C"], CreditGrade.C, 2,
            "购置生产设备的按揭贷款，以所购设备抵押。", 150, collateral: true, divisions: []),
        P(12, "信e贷", ProductCategory.Credit, 50_000m, 500_000m, 12, 36, 3.8m, 5.0m, [EqualInstallment, InterestOnly], ["C", "F", "G"], CreditGrade.B, 2,
            "依托企业经营数据的线上信用贷款。", 7, divisions: []),
        P(13, "创业担保贷", ProductCategory.Guarantee, 20_000m, 300_000m, 12, 36, 2.0m, 3.85m, [EqualInstallment, InterestOnly], [], CreditGrade.C, 0,
            "人社部门贴息的创业担保贷款，面向个体工商户和小微企业。", 200, [EnterpriseType.IndividualBusiness, EnterpriseType.Company], true),
        P(14, "村镇小额贷", ProductCategory.Credit, 10_000m, 150_000m, 6, 24, 5.0m, 7.5m, [EqualInstallment, EqualPrincipal], ["A", "F", "O"], CreditGrade.C, 1,
            "村镇银行面向农户和个体工商户的小额信用贷款。", 3),
    ];
}
