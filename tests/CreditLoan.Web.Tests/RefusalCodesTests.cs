using System.Globalization;
using System.Text.RegularExpressions;
using CreditLoan.Application.Common;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Calendar;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Stations;
using CreditLoan.Web.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CreditLoan.Web.Tests;

/// <summary>
/// Issue 17, "Everywhere": every refusal a person can meet has a code, and the portal writes it from its resources in the
/// reader's language (<c>Refusal_{Code}</c>, PortalTextsTests checks both cultures have each); the API's problem details
/// carry the code and keep the English detail.
/// </summary>
public sealed partial class RefusalCodesTests
{
    private static readonly string Src = Path.Combine(FindRoot(), "src");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CreditLoan.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("CreditLoan.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"new (DomainException|ConflictException|FieldRuleException)\(")]
    private static partial Regex Refusal();

    [GeneratedRegex(@"^\s*\{\s*Code = ")]
    private static partial Regex CodeFollows();

    /// <summary>
    /// Where each refusal is made, whether a <c>{ Code = … }</c> follows its arguments. InvalidStateException (written
    /// from the state it names) and NotFoundException (from the entity) are not matched; ProductDoesNotMatchException
    /// carries its failed rules.
    /// </summary>
    private static IEnumerable<(string Where, bool Coded)> RefusalsInSource()
    {
        foreach (var file in Directory.EnumerateFiles(Src, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in Refusal().Matches(text))
            {
                var end = ClosingParenthesis(text, m.Index + m.Length - 1);
                var line = text[..m.Index].Count(c => c == '\n') + 1;
                yield return ($"{Path.GetRelativePath(Src, file)}:{line}", CodeFollows().IsMatch(text[(end + 1)..Math.Min(text.Length, end + 200)]));
            }
        }
    }

    /// <summary>The parenthesis that closes the one at <paramref name="open"/>, skipping string literals and characters.</summary>
    private static int ClosingParenthesis(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    // a literal ends at the next quote not escaped; an interpolation's braces hold no quotes in these messages
                    for (i++; i < text.Length && text[i] != '"'; i++)
                        if (text[i] == '\\') i++;
                    break;
                case '\'':
                    i += text[i + 1] == '\\' ? 3 : 2;
                    break;
                case '(': depth++; break;
                case ')':
                    if (--depth == 0) return i;
                    break;
            }
        }
        throw new InvalidOperationException("unbalanced parentheses after " + open);
    }

    [Fact]
    public void Every_refusal_the_platform_makes_has_a_code()
    {
        var refusals = RefusalsInSource().ToList();
        Assert.True(refusals.Count > 70, $"only {refusals.Count} refusals found: is the scan looking in the right place?");
        Assert.Empty(refusals.Where(r => !r.Coded).Select(r => r.Where));
    }

    [Fact]
    public void The_scan_finds_a_refusal_without_a_code()
    {
        const string uncoded = "throw new FieldRuleException(\"amount\", $\"At most {max:0.00} (yuan).\"); var x = new Other() { Code = \"X\" };";
        const string coded = "throw new FieldRuleException(\"amount\", $\"At most {max:0.00} (yuan).\")\n"
                             + "    { Code = \"WithdrawalOverPerTransaction\", Values = [RefusalValue.Yuan(max)] };";
        Assert.DoesNotMatch(CodeFollows(), uncoded[(ClosingParenthesis(uncoded, uncoded.IndexOf('(')) + 1)..]);
        Assert.Matches(CodeFollows(), coded[(ClosingParenthesis(coded, coded.IndexOf('(')) + 1)..]);
    }

    private static IStringLocalizer Texts() =>
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)
            .Create(typeof(Portal));

    private static string In(string culture, Exception ex)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return Refusals.Text(Texts(), ex) ?? throw new InvalidOperationException("no text for " + ex);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    private static T Refused<T>(Action act) where T : Exception => Assert.Throws<T>(act);

    [Fact]
    public void A_withdrawal_over_the_banks_limit_is_refused_in_the_readers_language_with_the_amounts_grouped()
    {
        var limits = new WithdrawalLimits(2_000m, 5_000m);
        var perTransaction = Refused<FieldRuleException>(() => limits.Check(3_000m, 0m));
        Assert.Equal("WithdrawalOverPerTransaction", perTransaction.Code);
        Assert.Equal("单笔取款不能超过 2,000.00 元（本行规定），请分次办理或到银行网点办理。", In("zh-CN", perTransaction));
        Assert.Equal("At most 2,000.00 yuan per withdrawal (the bank's rule); withdraw in several parts or at a bank branch.", In("en", perTransaction));
        Assert.StartsWith("At most 2000.00 yuan", perTransaction.Message);      // the API's detail stays as it was

        var daily = Refused<FieldRuleException>(() => limits.Check(2_000m, 4_000m));
        Assert.Equal("超过每日取款限额 5,000.00 元，今天还可取 1,000.00 元，请减少金额、改日或到银行网点办理。", In("zh-CN", daily));
        Assert.Equal("取款金额至少 10 元，且须为 10 的整数倍，请重新填写。", In("zh-CN", Refused<FieldRuleException>(() => limits.Check(15m, 0m))));
    }

    [Fact]
    public void A_repayment_method_the_product_does_not_offer_names_the_products_methods_by_their_names()
    {
        var product = new LoanProduct(Guid.NewGuid(), new ProductTerms("纳税e贷", ProductCategory.Credit, 10_000m, 500_000m, 6, 36, 3.85m, 6.5m,
            [RepaymentMethod.InterestOnly, RepaymentMethod.BulletPayment], [], [], CreditGrade.C, 1, [], false, [], null), DateTimeOffset.UnixEpoch);
        var method = Refused<FieldRuleException>(() => product.CheckOffer(4m, 12, RepaymentMethod.EqualInstallment));
        Assert.Equal("本产品只提供以下还款方式：先息后本、到期一次还本付息，请从中选择。", In("zh-CN", method));
        Assert.DoesNotContain("InterestOnly", In("en", method));
        var rate = Refused<FieldRuleException>(() => product.CheckOffer(7m, 12, RepaymentMethod.InterestOnly));
        Assert.Equal("年利率须在本产品的 3.85%–6.5% 之间，请重新填写。", In("zh-CN", rate));
        Assert.Equal("The rate must be within this product's 3.85%–6.5%; enter it again.", In("en", rate));
    }

    [Fact]
    public void A_calendar_file_is_refused_in_the_bureaus_words_naming_the_value()
    {
        var date = Refused<FieldRuleException>(() => CalendarFile.Parse("""{"year": 2027, "holidays": [{"name": "元旦", "from": "2027-13-01", "to": "2027-01-01"}]}"""));
        Assert.Equal("holidays[0].from", date.Field);
        Assert.Equal("“2027-13-01”不是 yyyy-MM-dd 格式的日期，请修改后重新上传。", In("zh-CN", date));
        var overlap = Refused<FieldRuleException>(() => CalendarFile.Parse("""
            {"year": 2027, "holidays": [{"name": "国庆节", "from": "2027-10-01", "to": "2027-10-07"}, {"name": "中秋节", "from": "2027-10-05", "to": "2027-10-06"}]}
            """));
        Assert.Equal("节假日“中秋节”与“国庆节”的日期重叠，请核对日期。", In("zh-CN", overlap));
        Assert.Equal("The holidays “中秋节” and “国庆节” overlap; check the dates.", In("en", overlap));
    }

    [Fact]
    public void Conflicts_and_a_station_refusal_kept_under_its_key_keep_their_code()
    {
        var invited = new ConflictException("This prospect was already invited to apply for this product.") { Code = "AlreadyInvited" };
        Assert.Equal("已邀请过该企业申请此产品，不会重复发送。", In("zh-CN", invited));

        var cash = LedgerAccount.Restore(Guid.NewGuid(), LedgerAccountKind.StationCash, Guid.NewGuid(), "S1", Guid.NewGuid(), null, 100m, Guid.NewGuid());
        var vault = LedgerAccount.Restore(Guid.NewGuid(), LedgerAccountKind.BankVault, cash.BankId, "V1", null, null, 0m, Guid.NewGuid());
        var refusal = Refused<DomainException>(() => Posting.Create([(vault, cash, 200m)], new DateOnly(2026, 12, 2), DateTimeOffset.UnixEpoch));
        Assert.Equal("StationCashShort", refusal.Code);
        var kept = IdempotencyRecord.Refused(Guid.NewGuid(), "key-1", "same request", refusal, DateTimeOffset.UnixEpoch);
        var replayed = Refused<DomainException>(() => kept.Replay<object>("same request"));
        Assert.Equal(refusal.Code, replayed.Code);
        Assert.Equal(refusal.Values, replayed.Values);
        Assert.Equal(refusal.Message, replayed.Message);
        Assert.Equal("服务站现金只有 100.00 元，不够支付，请先向合作银行调入现金或减少金额。", In("zh-CN", replayed));

        // a refusal kept by 1.0 (its English message alone) is shown as refused before, never in English
        var old = new IdempotencyRecord(Guid.NewGuid(), "key-2", IdempotencyRecord.HashOf("same request"), "\"Account 1 has only 3.00 yuan.\"",
            DateTimeOffset.UnixEpoch, 422, "amount");
        var oldReplay = Refused<FieldRuleException>(() => old.Replay<object>("same request"));
        Assert.Equal("Account 1 has only 3.00 yuan.", oldReplay.Message);
        Assert.Equal("这笔业务此前已被拒绝，请核对后作为新的业务重新办理。", In("zh-CN", oldReplay));
    }

    [Fact]
    public void A_refusal_without_a_text_reads_as_the_general_sentence_not_its_code_or_english()
    {
        Assert.Equal("该操作未被接受，请检查填写的内容后重试。", In("zh-CN", new DomainException("English.") { Code = "NoSuchCode" }));
        Assert.Equal("当前状态为“审批中”，不能进行此操作。", In("zh-CN", new InvalidStateException("Application", "Accepted", "accept")));
        Assert.Equal("请至少选择一种还款方式。", In("zh-CN", Refused<DomainException>(() => new LoanProduct(Guid.NewGuid(),
            new ProductTerms("牧业贷", ProductCategory.Credit, 10_000m, 500_000m, 6, 36, 3.85m, 6.5m, [], [], [], CreditGrade.C, 1, [], false, [], null),
            DateTimeOffset.UnixEpoch))));
    }
}
