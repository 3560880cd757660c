using System.Text.RegularExpressions;
using System.Xml.Linq;
using CreditLoan.Application.Matching;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Stations;

namespace CreditLoan.Web.Tests;

/// <summary>
/// Every text a portal page can show exists in Simplified Chinese and in English: the literal keys of the pages, and the
/// keys the pages make from enum values and codes (statuses, transaction types, match reasons, failed rules, datasets).
/// A missing key would show its own name to a bank officer.
/// </summary>
public sealed partial class PortalTextsTests
{
    private static readonly string Root = FindRoot();
    private static readonly string Web = Path.Combine(Root, "src", "CreditLoan.Web");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CreditLoan.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("CreditLoan.sln not found above " + AppContext.BaseDirectory);
    }

    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(Path.Combine(Web, "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    [GeneratedRegex("""(?<![A-Za-z0-9_])[Tt]\["([A-Za-z0-9_\-]+)"\]""")]
    private static partial Regex LiteralKey();

    /// <summary>
    /// A refusal's code where it is made: <c>new …Exception(…) { Code = "RegistryUnknown", … }</c>, or a calendar's broken rule
    /// <c>yield return new(field, message, "HolidaysOverlap", …)</c> (RefusalCodesTests checks every refusal has a code).
    /// </summary>
    [GeneratedRegex("""\)\s*\{\s*Code = "([A-Za-z]+)"[,} ]|yield return new\([^;]*?,\s*"([A-Z][A-Za-z]+)"[,)]""")]
    private static partial Regex RefusalCode();

    private static IEnumerable<string> KeysThePagesUse()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Web, "Components"), "*.razor", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(Path.Combine(Web, "Components"), "*.cs", SearchOption.AllDirectories))
                     .Concat(Directory.EnumerateFiles(Path.Combine(Web, "Infrastructure"), "*.cs")))
            foreach (Match m in LiteralKey().Matches(File.ReadAllText(file)))
                yield return m.Groups[1].Value;
        foreach (var s in Enum.GetNames<ApplicationStatus>()) yield return "Status" + s;
        foreach (var t in Enum.GetNames<TransactionType>().Concat(Enum.GetNames<CashMovement>()).Append("Reversal")) yield return "Tx_" + t;
        foreach (var c in Enum.GetNames<Collateral>()) yield return "Collateral_" + c;
        foreach (var t in Enum.GetNames<EnterpriseType>()) yield return "EnterpriseType_" + t;
        foreach (var r in Enum.GetNames<RepaymentMethod>()) yield return "Repay_" + r;
        foreach (var n in Enum.GetNames<NeedStatus>()) yield return "Need_" + n;
        foreach (var p in Enum.GetNames<ProductStatus>()) yield return "Product_" + p;
        foreach (var c in Enum.GetNames<ProductCategory>()) yield return "Category" + c;
        foreach (var l in Enum.GetNames<LoanStatus>()) yield return "Loan_" + l;
        foreach (var b in Enum.GetNames<BankStatus>()) yield return "Bank_" + b;
        foreach (var code in typeof(MatchingEngine.ReasonCodes).GetFields().Select(f => (string)f.GetValue(null)!)) yield return "Reason_" + code;
        foreach (var rule in typeof(MatchingEngine.Rules).GetFields().Select(f => (string)f.GetValue(null)!)) yield return "Rule_" + rule;
        foreach (var dataset in CreditLoan.Infrastructure.Import.CreditDatasets.All.Keys) yield return "Dataset_" + dataset;
        // issue 18: the imports page names each dataset's columns in Chinese
        foreach (var column in CreditLoan.Infrastructure.Import.CreditDatasets.All.Values.SelectMany(d => d.Header).Distinct()) yield return "Column_" + column;
        foreach (var role in new[] { "bank", "bureau", "enterprise", "agent" }) yield return "Role_" + role;
        // issue 18: the audit log names every action a row can carry, and the outcomes, in the reader's language
        foreach (var action in CreditLoan.Application.Features.Audit.AuditActions.Known) yield return "AuditAction_" + action;
        foreach (var outcome in CreditLoan.Application.Features.Audit.AuditFilterRules.Outcomes) yield return "AuditOutcome_" + outcome;
        foreach (var role in Enum.GetNames<CreditLoan.Application.Common.Security.AccountRole>()) yield return "AccountRole_" + role;
        foreach (var step in new[] { "approve", "confirm", "reject", "disburse" })
        {
            yield return $"Review_{step}_Title";
            yield return $"Review_{step}_Button";
        }
        // the credit report's details and knock-outs (CreditFactor.DetailText, CreditReportResponse.KnockOutTexts)
        foreach (var key in new[] { "TaxNone", "Tax", "YearsNone", "Years", "SocialNone", "Social", "UtilitiesNone", "Utilities", "PenaltiesNone",
                     "Penalties", "JudgmentsNone", "Judgments", "HonoursNone", "Honours", "Range", "Dishonest", "SeverePenalty", "KnockOutDishonest",
                     "KnockOutSeverePenalty" })
            yield return "CreditText_" + key;
        // issue 17: the message centre's tabs, an application's steps, the rating's words, and every coded refusal of the platform
        foreach (var c in CreditLoan.Domain.Messages.EnterpriseMessage.Categories) yield return "MsgCategory_" + c;
        foreach (var step in new[] { "Submitted", "Accepted", "Approved", "Disbursed", "Rejected", "Withdrawn" }) yield return "Step_" + step;
        foreach (var score in Enumerable.Range(1, 5)) yield return "Score_" + score;
        // issue 19: the cases' states, steps, subjects, tiers, causes, outcomes and lodgers; each role's case list; the 考核 tables
        foreach (var s in Enum.GetNames<CreditLoan.Domain.Cases.CaseStatus>())
        {
            yield return "Status" + s;
            yield return "CaseStep_" + s;
        }
        foreach (var t in Enum.GetNames<CreditLoan.Domain.Cases.CaseSubjectType>()) yield return "CaseSubject_" + t;
        foreach (var t in Enum.GetNames<CreditLoan.Domain.Cases.CaseTier>())
        {
            yield return "CaseTier_" + t;
            yield return "CaseTierLimit_" + t;
        }
        foreach (var c in Enum.GetNames<CreditLoan.Domain.Cases.CaseCause>()) yield return "CaseCause_" + c;
        foreach (var o in Enum.GetNames<CreditLoan.Domain.Cases.CaseOutcome>()) yield return "CaseOutcome_" + o;
        foreach (var l in Enum.GetNames<CreditLoan.Domain.Cases.CaseLodger>()) yield return "CaseLodger_" + l;
        foreach (var role in new[] { "bank", "bureau", "enterprise", "agent" })
        {
            yield return "CasesTitle_" + role;
            yield return "CasesLead_" + role;
        }
        foreach (var role in new[] { "bureau", "enterprise", "agent" }) yield return "LodgeLead_" + role;
        foreach (var done in new[] { "triaged", "answered", "closed", "rated" }) yield return "CaseDone_" + done;
        foreach (var by in Enum.GetNames<CreditLoan.Application.Features.Statistics.ServiceQualityGrouping>())
        {
            yield return "Xp_SqBy_" + by;
            yield return "Xp_Title_service-quality-by-" + by.ToLowerInvariant();
        }
        foreach (var f in new[] { "cases", "closed", "closedOnTime", "onTimeRate", "ratings", "avgScore", "satisfactionRate" }) yield return "Xp_" + f;
        foreach (var k in new[] { "RankingTitle_bank", "RankingTitle_station", "CaseOnTimeYes", "CaseOnTimeNo", "Done_rated", "CasePersonOptional", "CasePersonRequired", "LodgeCase", "LodgeCaseFor" }) yield return k;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
            foreach (Match m in RefusalCode().Matches(File.ReadAllText(file)))
                yield return "Refusal_" + (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
    }

    [Fact]
    public void Every_text_the_pages_show_exists_in_chinese_and_english()
    {
        var zh = Texts("Portal.resx");
        var en = Texts("Portal.en.resx");
        var used = KeysThePagesUse().Distinct().Order().ToList();
        Assert.True(used.Count > 300, $"only {used.Count} keys found: is the scan looking in the right place?");
        var missingInChinese = used.Where(k => !zh.ContainsKey(k)).ToList();
        var missingInEnglish = used.Where(k => !en.ContainsKey(k)).ToList();
        Assert.Empty(missingInChinese);
        Assert.Empty(missingInEnglish);
        Assert.Empty(zh.Keys.Except(en.Keys));                          // the two cultures have the same texts
        Assert.Empty(zh.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key));
    }

    [Fact]
    public void Format_texts_take_the_same_placeholders_in_both_cultures()
    {
        var zh = Texts("Portal.resx");
        var en = Texts("Portal.en.resx");
        var placeholder = new Regex(@"\{(\d+)\}");
        var differ = zh.Keys.Where(k => en.ContainsKey(k))
            .Where(k => !placeholder.Matches(zh[k]).Select(m => m.Value).Order().SequenceEqual(placeholder.Matches(en[k]).Select(m => m.Value).Order()))
            .ToList();
        Assert.Empty(differ);
    }
}
