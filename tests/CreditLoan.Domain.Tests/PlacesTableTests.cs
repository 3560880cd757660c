using CreditLoan.Domain.Places;

namespace CreditLoan.Domain.Tests;

/// <summary>The reference tables shipped in the build: NBS 2023 divisions to the village, GB/T 4754-2017 industries.</summary>
public sealed class PlacesTableTests
{
    [Fact]
    public void The_shipped_division_table_holds_all_of_China_to_the_village()
    {
        var table = DivisionTable.Shipped;
        Assert.Equal(665_276, table.Count);
        var levels = Enumerable.Range(0, table.Count).GroupBy(table.LevelAt).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(31, levels[DivisionLevel.Province]);
        Assert.Equal(342, levels[DivisionLevel.City]);
        Assert.Equal(2_978, levels[DivisionLevel.County]);
        Assert.Equal(41_352, levels[DivisionLevel.Township]);
        Assert.Equal(620_573, levels[DivisionLevel.Village]);
        Assert.Equal(31, table.ChildrenOf(-1).Count());
        var dingzhou = table.IndexOf("130682");
        Assert.Equal("定州市", table.NameAt(dingzhou));
        var townships = table.ChildrenOf(dingzhou).ToList();
        Assert.Equal(25, townships.Count);
        Assert.Equal(542, townships.Sum(t => table.ChildrenOf(t).Count()));
        Assert.Equal("清风店镇", table.NameAt(table.IndexOf("130682101")));
        Assert.Equal(-1, table.IndexOf("130682104999"));
        Assert.Equal(-1, table.IndexOf("1306821"));
        Assert.Equal("莫𡐓村委会", table.NameAt(table.Search("莫𡐓").First())); // outside the BMP
        Assert.Equal(["130682101"], table.Search("清风店镇", dingzhou).Select(table.CodeAt));
    }

    [Fact]
    public void Industries_are_the_sections_and_divisions_of_GBT_4754_2017()
    {
        Assert.Equal(20, Industries.All.Count(i => i.IsSection));
        Assert.Equal(97, Industries.All.Count(i => !i.IsSection));
        Assert.Equal("畜牧业", Industries.NameOf("A03"));
        Assert.Equal("农、林、牧、渔业", Industries.Find("A03")!.SectionName);
        Assert.Null(Industries.Find("A06"));
        Assert.Null(Industries.Find("U"));
    }

    [Theory]
    [InlineData("13", DivisionLevel.Province, null)]
    [InlineData("1306", DivisionLevel.City, "13")]
    [InlineData("130682", DivisionLevel.County, "1306")]
    [InlineData("130682101", DivisionLevel.Township, "130682")]
    [InlineData("130682101200", DivisionLevel.Village, "130682101")]
    public void A_code_s_level_and_parent_follow_from_its_length(string code, DivisionLevel level, string? parent)
    {
        Assert.Equal(level, DivisionCodes.LevelOf(code));
        Assert.Equal(parent, DivisionCodes.ParentOf(code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("13068")]
    [InlineData("1306821010")]
    [InlineData("13068210120x")]
    public void A_code_of_another_length_has_no_level(string code) => Assert.Null(DivisionCodes.LevelOf(code));
}
