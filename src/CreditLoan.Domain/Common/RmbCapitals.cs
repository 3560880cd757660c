using System.Text;

namespace CreditLoan.Domain.Common;

/// <summary>
/// An amount in yuan written in capitals (大写金额), as bank vouchers and receipts carry it beside the figures
/// (中国人民银行《支付结算办法》附一 "正确填写票据和结算凭证的基本规定"): 1,234.56 → 壹仟贰佰叁拾肆元伍角陆分.
/// <list type="bullet">
/// <item>Digits 零壹贰叁肆伍陆柒捌玖 with the units 拾佰仟 inside a group of four, and 万 and 亿 for the groups; ten to nineteen
/// keep their 壹 (壹拾).</item>
/// <item>Zeros: one 零 for a run of zeros between two digits that are written, also across a group (10,005 → 壹万零伍元整;
/// 100,010 → 壹拾万零壹拾元整); none for zeros at the end of the yuan (100 → 壹佰元整); a group of zeros writes no unit
/// (100,000,001 → 壹亿零壹元).</item>
/// <item>整 after 元 when there are no jiao and no fen; nothing after 角 (0.50 → 伍角); a fen without jiao after yuan takes
/// 零 (1,000,000.07 → 壹佰万元零柒分); no 元 when there are no yuan (0.05 → 伍分), and 零元整 for nothing.</item>
/// </list>
/// No library on the package list writes RMB capitals (docs/adr/0010-rmb-capitals.md); this is small and pure.
/// </summary>
public static class RmbCapitals
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] DigitUnits = ["", "拾", "佰", "仟"];
    private static readonly string[] GroupUnits = ["", "万", "亿"];

    /// <summary>The largest amount written: just under 1 万亿 (the groups go up to 亿).</summary>
    public const decimal Max = 999_999_999_999.99m;

    /// <summary>The amount in capitals; an amount below zero, above <see cref="Max"/> or with more than two decimals is refused.</summary>
    public static string Of(decimal amount)
    {
        if (amount < 0 || amount > Max) throw new ArgumentOutOfRangeException(nameof(amount), amount, "Capitals are written for 0 to 999,999,999,999.99 yuan.");
        if (decimal.Round(amount, 2) != amount) throw new ArgumentException("Capitals are written to the fen: at most two decimals.", nameof(amount));
        var yuan = (long)decimal.Truncate(amount);
        var fen = (int)((amount - yuan) * 100m);
        var (jiao, cent) = (fen / 10, fen % 10);

        var text = new StringBuilder();
        if (yuan > 0) text.Append(Yuan(yuan)).Append('元');
        if (jiao == 0 && cent == 0) return text.Length == 0 ? "零元整" : text.Append('整').ToString();
        if (jiao > 0) text.Append(Digits[jiao]).Append('角');
        else if (yuan > 0) text.Append('零');
        if (cent > 0) text.Append(Digits[cent]).Append('分');
        return text.ToString();
    }

    /// <summary>The whole yuan (above zero) from the highest digit down, with one 零 for each run of zeros before a written digit.</summary>
    private static string Yuan(long yuan)
    {
        var digits = yuan.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        var zeros = false;
        for (var i = 0; i < digits.Length; i++)
        {
            var position = digits.Length - 1 - i;    // 0 = yuan, 4 = 万, 8 = 亿
            var digit = digits[i] - '0';
            if (digit == 0) zeros = true;
            else
            {
                if (zeros) text.Append('零');
                zeros = false;
                text.Append(Digits[digit]).Append(DigitUnits[position % 4]);
            }
            if (position % 4 == 0 && position > 0 && GroupHasDigits(digits, i))
                text.Append(GroupUnits[position / 4]);
        }
        return text.ToString();
    }

    /// <summary>Whether the group of four that ends at index <paramref name="end"/> has a digit other than zero.</summary>
    private static bool GroupHasDigits(string digits, int end)
    {
        for (var i = Math.Max(0, end - 3); i <= end; i++)
            if (digits[i] != '0') return true;
        return false;
    }
}
