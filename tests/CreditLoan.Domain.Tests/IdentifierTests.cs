using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Tests;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // published example (GB 32100-2015 explanatory material)
    [InlineData("911100001000024551")]
    [InlineData("91130682MA0CX7TB4X")]
    public void Credit_codes_with_the_right_check_character_are_valid(string code)
    {
        var body = code[..17];
        const string charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var sum = body.Select((c, i) => charset.IndexOf(c) * weights[i]).Sum();
        var expected = charset[(31 - sum % 31) % 31];
        Assert.Equal(expected == code[17], Identifiers.IsValidCreditCode(code));
        Assert.True(Identifiers.IsValidCreditCode(body + expected));
        foreach (var wrong in charset.Where(c => c != expected))
            Assert.False(Identifiers.IsValidCreditCode(body + wrong));
    }

    [Fact]
    public void The_published_sample_credit_code_is_valid()
    {
        Assert.True(Identifiers.IsValidCreditCode("91350100M000100Y43"));
    }

    [Theory]
    [InlineData(null, "is required")]
    [InlineData("9135010", "18 characters")]
    [InlineData("91350100M000100I43", "'I'")]
    [InlineData("91350100M000100Y44", "check character")]
    [InlineData("91350100m000100Y43", "'m'")]
    public void Invalid_credit_codes_say_why(string? code, string reason)
    {
        Assert.Contains(reason, Identifiers.CreditCodeProblem(code));
    }

    [Theory]
    [InlineData("11010519491231002X", true)] // the example of GB 11643-1999
    [InlineData("110105194912310021", false)]
    [InlineData("11010519491231002", false)]
    [InlineData("1101051949123100AX", false)]
    public void Resident_identity_numbers_check_their_last_character(string id, bool valid) =>
        Assert.Equal(valid, Identifiers.IsValidIdNumber(id));

    [Theory]
    [InlineData("13812345678", true)]
    [InlineData("19912345678", true)]
    [InlineData("12812345678", false)]
    [InlineData("1381234567", false)]
    [InlineData("138123456789", false)]
    [InlineData("+8613812345678", false)]
    public void Mobile_numbers_are_eleven_digits_starting_13_to_19(string phone, bool valid) =>
        Assert.Equal(valid, Identifiers.IsValidMobile(phone));

    [Theory]
    [InlineData("A", true)]
    [InlineData("A03", true)]
    [InlineData("T", true)]
    [InlineData("U", false)]
    [InlineData("A3", false)]
    [InlineData("a03", false)]
    public void Industries_are_a_section_letter_with_an_optional_division(string code, bool valid) =>
        Assert.Equal(valid, Identifiers.IsValidIndustry(code));

    [Fact]
    public void Division_codes_nest_county_township_village()
    {
        Assert.True(Identifiers.IsValidDivision("130682"));
        Assert.True(Identifiers.IsValidDivision("130682101"));
        Assert.True(Identifiers.IsValidDivision("130682101200"));
        Assert.False(Identifiers.IsValidDivision("1306821010"));
        Assert.Equal("130682101", Identifiers.Township("130682101200"));
        Assert.Null(Identifiers.Township("130682"));
        Assert.False(Identifiers.IsValidVillageCode("130682101"));
    }

    [Fact]
    public void Masking_keeps_the_first_three_and_last_four()
    {
        Assert.Equal("110***********002X", Identifiers.Mask("11010519491231002X"));
    }

    [Theory]
    [InlineData("12.345", false)]
    [InlineData("12.34", true)]
    [InlineData("12", true)]
    public void Money_has_at_most_two_decimals(string value, bool ok) =>
        Assert.Equal(ok, Money.IsYuan(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Rounding_to_the_fen_is_half_away_from_zero()
    {
        Assert.Equal(0.01m, Money.RoundToFen(0.005m));
        Assert.Equal(-0.01m, Money.RoundToFen(-0.005m));
        Assert.Equal(2.68m, Money.RoundToFen(2.675m));
    }
}
