using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CreditLoan.Application.Features.Places;
using CreditLoan.Domain.Places;
using CreditLoan.Testing;
using CreditLoan.Web.Cli;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CreditLoan.Web.Tests;

/// <summary>
/// Places and industries by name (product.md §12): the national division table shipped with the build, read by code and
/// searched by name; GB/T 4754-2017's sections and divisions; a newer edition imported from the command line, idempotent,
/// with retired codes still readable.
/// </summary>
public abstract class PlacesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CreditLoanApp
{
    [Fact]
    public async Task Dingzhou_has_its_25_townships_and_542_villages_by_name()
    {
        var anonymous = app.CreateClient();
        var county = await (await anonymous.GetAsync("/api/divisions/130682")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("定州市", (string)county["name"]!);
        Assert.Equal("County", (string)county["level"]!);
        Assert.Equal("1306", (string)county["parentCode"]!);
        Assert.Equal("河北省 保定市 定州市", (string)county["path"]!);
        var townships = county["children"]!.AsArray();
        Assert.Equal(25, townships.Count);
        Assert.Contains(townships, t => (string)t!["code"]! == "130682101" && (string)t["name"]! == "清风店镇");
        var villages = 0;
        foreach (var township in townships)
        {
            var t = await (await anonymous.GetAsync($"/api/divisions/{township!["code"]}")).ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal("Township", (string)t["level"]!);
            Assert.Equal("130682", (string)t["parentCode"]!);
            villages += t["children"]!.AsArray().Count;
        }
        Assert.Equal(542, villages);
        var village = await (await anonymous.GetAsync("/api/divisions/130682101200")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Village", (string)village["level"]!);
        Assert.Equal("清风店镇", (string)village["parentName"]!);
        Assert.Empty(village["children"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/divisions/130682104999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/divisions/abc")).StatusCode);
    }

    [Fact]
    public async Task Divisions_are_found_by_name_within_a_division_and_at_a_level()
    {
        var anonymous = app.CreateClient();
        var hits = (await (await anonymous.GetAsync("/api/divisions?q=" + Uri.EscapeDataString("清风店") + "&within=130682&level=Township"))
            .ReadJsonArrayAsync()).Select(h => (string)h!["code"]!).ToList();
        Assert.Equal(["130682101"], hits);
        var villages = await (await anonymous.GetAsync("/api/divisions?q=" + Uri.EscapeDataString("村") + "&within=130682101&limit=5")).ReadJsonArrayAsync();
        Assert.Equal(5, villages.Count);
        Assert.All(villages, v => Assert.StartsWith("130682101", (string)v!["code"]!));
        var provinces = await (await anonymous.GetAsync("/api/divisions?limit=100")).ReadJsonArrayAsync();
        Assert.Equal(31, provinces.Count);
        Assert.Contains(provinces, p => (string)p!["code"]! == "13" && (string)p["name"]! == "河北省");
        var refused = await (await anonymous.GetAsync("/api/divisions?within=12345&level=Street")).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(refused["errors"]!.AsObject().ContainsKey("within"));
        Assert.True(refused["errors"]!.AsObject().ContainsKey("level"));
    }

    [Fact]
    public async Task Industries_are_the_20_sections_and_97_divisions_of_GBT_4754_2017()
    {
        var industries = await (await app.CreateClient().GetAsync("/api/industries")).ReadJsonArrayAsync();
        Assert.Equal(20, industries.Count(i => ((string)i!["code"]!).Length == 1));
        Assert.Equal(97, industries.Count(i => ((string)i!["code"]!).Length == 3));
        var cattle = industries.Single(i => (string)i!["code"]! == "A03")!;
        Assert.Equal("畜牧业", (string)cattle["name"]!);
        Assert.Equal("A", (string)cattle["section"]!);
        Assert.Equal("农、林、牧、渔业", (string)cattle["sectionName"]!);
        Assert.Equal("土地管理业", (string)industries.Single(i => (string)i!["code"]! == "N79")!["name"]!);
    }

    [Fact]
    public async Task A_newer_edition_is_imported_once_and_retired_codes_stay_readable()
    {
        // a 2024 edition of one county (安国市, not the Dingzhou the other tests read): 石佛镇 renamed, 伍仁桥镇 and its
        // 14 villages gone, a new township with a village
        var shipped = DivisionTable.Shipped;
        var rows = new List<string> { "code,name,parentCode", "130683,安国市,1306" };
        foreach (var township in shipped.ChildrenOf(shipped.IndexOf("130683")))
        {
            var code = shipped.CodeAt(township);
            if (code == "130683101") continue;
            rows.Add($"{code},{(code == "130683102" ? "石佛镇（新名）" : shipped.NameAt(township))},130683");
            rows.AddRange(shipped.ChildrenOf(township).Select(v => $"{shipped.CodeAt(v)},{shipped.NameAt(v)},{code}"));
        }
        rows.Add("130683107,测试新设镇,130683");
        rows.Add("130683107200,测试新设村委会,130683107");
        rows.Add("13068310720,坏行,130683107");
        var dir = Path.Combine(Path.GetTempPath(), "creditloan-divisions", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "anguo-2024.csv");
        await File.WriteAllLinesAsync(file, rows, new UTF8Encoding(false));

        var (exit, output) = await RunCliAsync("import", "divisions", file);
        Assert.True(exit == 0, output);
        Assert.Matches($@"│\s*2024\s*│\s*{rows.Count - 2}\s*│\s*2\s*│\s*1\s*│\s*15\s*│", output); // rows, added 2, renamed 1, retired 1 + 14 villages
        Assert.Contains($"line {rows.Count}: code 13068310720", output); // the bad row, by its line
        (exit, output) = await RunCliAsync("import", "divisions", file);
        Assert.Equal(0, exit);
        Assert.Matches($@"│\s*2024\s*│\s*{rows.Count - 2}\s*│\s*0\s*│\s*0\s*│\s*0\s*│", output);

        app.Services.GetRequiredService<DivisionCatalog>().Reload(); // the running platform reads the import within a minute
        var anonymous = app.CreateClient();
        var county = await (await anonymous.GetAsync("/api/divisions/130683")).ReadJsonAsync(HttpStatusCode.OK);
        var townships = county["children"]!.AsArray().Select(t => (string)t!["code"]!).ToList();
        Assert.Equal(12, townships.Count);
        Assert.DoesNotContain("130683101", townships);
        Assert.Contains("130683107", townships);
        var retired = await (await anonymous.GetAsync("/api/divisions/130683101")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("伍仁桥镇", (string)retired["name"]!);
        Assert.True((bool)retired["retired"]!);
        Assert.Equal("2024", (string)retired["retiredIn"]!);
        Assert.Empty(retired["children"]!.AsArray());
        var retiredVillage = shipped.CodeAt(shipped.ChildrenOf(shipped.IndexOf("130683101")).First());
        Assert.True((bool)(await (await anonymous.GetAsync($"/api/divisions/{retiredVillage}")).ReadJsonAsync(HttpStatusCode.OK))["retired"]!);
        Assert.Equal("石佛镇（新名）", (string)(await (await anonymous.GetAsync("/api/divisions/130683102")).ReadJsonAsync(HttpStatusCode.OK))["name"]!);
        Assert.Equal("测试新设镇", (string)(await (await anonymous.GetAsync("/api/divisions/130683107200")).ReadJsonAsync(HttpStatusCode.OK))["parentName"]!);
        var found = await (await anonymous.GetAsync("/api/divisions?q=" + Uri.EscapeDataString("测试新设") + "&within=130683")).ReadJsonArrayAsync();
        Assert.Equal(2, found.Count);
        Assert.Empty(await (await anonymous.GetAsync("/api/divisions?q=" + Uri.EscapeDataString("伍仁桥镇") + "&within=130683")).ReadJsonArrayAsync());

        // a retired code is refused on input, naming the field
        var bank = await app.NewBankAsync();
        var refused = await (await (await app.BureauAsync()).PostAsJsonAsync("/api/stations",
            new { name = "旧村服务站", villageCode = retiredVillage, partnerBankId = bank.BankId, cashFloatLimit = 1000 })).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("2024", (string)refused["errors"]!["villageCode"]![0]!);
        Directory.Delete(dir, recursive: true);
    }

    private async Task<(int Exit, string Output)> RunCliAsync(params string[] args)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No });
        console.Profile.Width = 200;
        var exit = await CreditLoanCli.RunAsync(args, console, new Dictionary<string, string?>
        {
            ["Database:Provider"] = app.Database == TestDatabase.MariaDb ? "MySql" : "Sqlite",
            ["ConnectionStrings:Default"] = app.ConnectionString,
            ["Bootstrap:AdminPassword"] = CreditLoanApp.AdminPassword,
        });
        return (exit, output.ToString());
    }
}

internal static class JsonArrays
{
    public static async Task<JsonArray> ReadJsonArrayAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsArray();
    }
}

public sealed class SqlitePlacesTests(SqliteApp app) : PlacesTests<SqliteApp>(app);

public sealed class MariaDbPlacesTests(MariaDbApp app) : PlacesTests<MariaDbApp>(app);
