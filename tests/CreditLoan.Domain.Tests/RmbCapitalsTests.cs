using CreditLoan.Domain.Common;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CreditLoan.Domain.Tests;

/// <summary>Amounts in capitals (大写金额) as receipts and the counter's confirmation show them, with the zero and 整 rules.</summary>
public sealed class RmbCapitalsTests
{
    [Theory]
    [InlineData("1234.56", "壹仟贰佰叁拾肆元伍角陆分")]
    [InlineData("0.50", "伍角")]
    [InlineData("100", "壹佰元整")]
    [InlineData("10005.00", "壹万零伍元整")]
    [InlineData("1000000.07", "壹佰万元零柒分")]
    [InlineData("0", "零元整")]
    [InlineData("0.05", "伍分")]
    [InlineData("0.55", "伍角伍分")]
    [InlineData("10", "壹拾元整")]
    [InlineData("15", "壹拾伍元整")]
    [InlineData("1234.50", "壹仟贰佰叁拾肆元伍角")]
    [InlineData("2000", "贰仟元整")]
    [InlineData("1001", "壹仟零壹元整")]
    [InlineData("1010", "壹仟零壹拾元整")]
    [InlineData("1100", "壹仟壹佰元整")]
    [InlineData("100010", "壹拾万零壹拾元整")]
    [InlineData("101000", "壹拾万零壹仟元整")]
    [InlineData("110000", "壹拾壹万元整")]
    [InlineData("1000000", "壹佰万元整")]
    [InlineData("100000001", "壹亿零壹元整")]
    [InlineData("100010000", "壹亿零壹万元整")]
    [InlineData("120000000", "壹亿贰仟万元整")]
    [InlineData("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分")]
    [InlineData("10.01", "壹拾元零壹分")]
    [InlineData("10.10", "壹拾元壹角")]
    public void Writes_the_amount_in_capitals(string amount, string capitals) =>
        Assert.Equal(capitals, RmbCapitals.Of(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Refuses_what_cannot_be_written_to_the_fen()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RmbCapitals.Of(-0.01m));
        Assert.Throws<ArgumentOutOfRangeException>(() => RmbCapitals.Of(1_000_000_000_000m));
        Assert.Throws<ArgumentException>(() => RmbCapitals.Of(1.005m));
        Assert.Equal("壹元整", RmbCapitals.Of(1.000m));     // trailing zeros are no extra decimals
    }

    /// <summary>Every whole amount up to 200,000 yuan (the counter's amounts and then some), and every jiao and fen of a few.</summary>
    [Fact]
    public void Every_amount_up_to_two_hundred_thousand_reads_back_and_keeps_the_zero_rules()
    {
        for (var yuan = 0; yuan <= 200_000; yuan++) Check(yuan);
        foreach (var yuan in new[] { 0, 1, 10, 100, 1_005, 10_000, 100_001 })
            for (var fen = 0; fen < 100; fen++) Check(yuan + fen / 100m);
    }

    [Property(MaxTest = 2000)]
    public Property Any_amount_to_the_fen_reads_back_and_keeps_the_zero_rules() =>
        Prop.ForAll(Gen.Zip(Gen.Choose(0, 999_999), Gen.Zip(Gen.Choose(0, 999_999), Gen.Choose(0, 99))).ToArbitrary(), t =>
        {
            var (millions, (yuan, fen)) = t;
            Check(millions * 1_000_000m + yuan + fen / 100m);
        });

    private static void Check(decimal amount)
    {
        var text = RmbCapitals.Of(amount);
        Assert.True(Read(text) == amount, $"{amount} was written {text}, which reads {Read(text)}");
        Assert.DoesNotContain("零零", text);
        Assert.False(text.Contains("零元") && amount >= 1, text);           // no zero right before 元
        Assert.False(text.StartsWith('零') && amount != 0, text);
        Assert.Equal(amount == decimal.Truncate(amount), text.EndsWith('整'));   // 整 exactly when there are no jiao and no fen
        Assert.DoesNotContain("万亿", text);
        Assert.DoesNotContain("零万", text);
        Assert.DoesNotContain("零亿", text);
    }

    /// <summary>Reads capitals back into yuan: the test's own reader, digit by digit and unit by unit.</summary>
    private static decimal Read(string text)
    {
        const string digits = "零壹贰叁肆伍陆柒捌玖";
        decimal total = 0, section = 0, number = 0, result = 0;
        var afterYuan = false;
        foreach (var c in text.TrimEnd('整'))
        {
            var d = digits.IndexOf(c);
            if (d >= 0) { number = d; continue; }
            switch (c)
            {
                case '拾': section += number * 10; number = 0; break;
                case '佰': section += number * 100; number = 0; break;
                case '仟': section += number * 1000; number = 0; break;
                case '万': total += (section + number) * 10_000; section = number = 0; break;
                case '亿': total = (total + section + number) * 100_000_000; section = number = 0; break;
                case '元': result = total + section + number; total = section = number = 0; afterYuan = true; break;
                case '角': result += number / 10m; number = 0; break;
                case '分': result += number / 100m; number = 0; break;
                default: throw new FormatException($"'{c}' in {text}");
            }
        }
        Assert.True(afterYuan || text.Contains('角') || text.Contains('分'), text);
        return result;
    }
}
