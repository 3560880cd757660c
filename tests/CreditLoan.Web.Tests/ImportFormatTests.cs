using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CreditLoan.Testing;

namespace CreditLoan.Web.Tests;

/// <summary>The departments' files (issue 18): GBK/GB18030 CSVs beside UTF-8, XLSX workbooks, and the templates, on both databases.</summary>
public abstract class ImportFormatTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CreditLoanApp
{
    private static readonly Encoding Gb18030 = GetGb18030();

    private static Encoding GetGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    private static string Batch() => "f-" + Guid.NewGuid().ToString("N")[..12];

    private static async Task<JsonObject> PostAsync(HttpClient bureau, string dataset, byte[] body, string contentType, string? encoding = null,
        HttpStatusCode expected = HttpStatusCode.OK)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var query = $"/api/credit/imports?dataset={dataset}&batchId={Batch()}" + (encoding is null ? "" : "&encoding=" + encoding);
        return await (await bureau.PostAsync(query, content)).ReadJsonAsync(expected);
    }

    private async Task<JsonObject> RegisterAsync(string creditCode) =>
        await (await app.CreateClient().PostAsJsonAsync("/api/enterprises/register",
            new { creditCode, phone = "13912345678", userName = TestData.UserName("e"), password = Scenarios.Password })).ReadJsonAsync(HttpStatusCode.Created);

    private static List<(long Line, string Reason)> Errors(JsonObject report) =>
        report["errors"]!.AsArray().Select(e => ((long)e!["line"]!, (string)e["reason"]!)).ToList();

    // 喆 and 赟 are GBK but not GB2312; 䶮 (CJK extension A) is four bytes in GB18030
    private const string GbkName = "定州市䶮喆赟养殖专业合作社";

    private static byte[] GbkRegistry(string code, string name = GbkName) =>
        Gb18030.GetBytes(TestData.RegistryHeader + "\r\n" + TestData.RegistryRow(code, name: name) + "\r\n");

    [Fact]
    public async Task A_sheet_may_write_the_coded_columns_in_Chinese_and_each_refused_row_carries_its_code_column_and_values()
    {
        var bureau = await app.BureauAsync();
        var (chinese, wrong, missing) = (TestData.CreditCode(), TestData.CreditCode(), TestData.CreditCode());
        var csv = TestData.RegistryHeader + "\n" + TestData.RegistryRow(chinese, type: "农民专业合作社") + "\n" + TestData.RegistryRow(wrong, type: "Corporation")
            + "\n" + TestData.RegistryRow(missing, capital: "-5") + "\n";
        var report = await PostAsync(bureau, "registry", Encoding.UTF8.GetBytes(csv), "text/csv");
        Assert.Equal((1, 2), ((int)report["accepted"]!, (int)report["rejected"]!));
        Assert.Equal("Cooperative", (string)(await RegisterAsync(chinese))["type"]!);
        var errors = report["errors"]!.AsArray();
        var type = errors.Single(e => (long)e!["line"]! == 3)!;
        Assert.Equal("type 'Corporation' is not one of Company, IndividualBusiness, Cooperative.", (string)type["reason"]!);
        Assert.Equal(("NotOneOf", "type"), ((string)type["code"]!, (string)type["column"]!));
        Assert.Equal(["Corporation", "公司、个体工商户、农民专业合作社"], type["values"]!.AsArray().Select(v => (string)v!));
        var capital = errors.Single(e => (long)e!["line"]! == 4)!;
        Assert.Equal(("NotYuan", "registeredCapital"), ((string)capital["code"]!, (string)capital["column"]!));
        Assert.Equal(["-5"], capital["values"]!.AsArray().Select(v => (string)v!));
    }

    [Fact]
    public async Task A_GBK_csv_with_Chinese_names_is_detected_or_chosen_and_its_names_read_back()
    {
        var bureau = await app.BureauAsync();
        var (detected, chosen, wrong) = (TestData.CreditCode(), TestData.CreditCode(), TestData.CreditCode());
        Assert.False(System.Text.Unicode.Utf8.IsValid(GbkRegistry(detected)));   // the file really is not UTF-8

        var report = await PostAsync(bureau, "registry", GbkRegistry(detected), "text/csv", encoding: "auto");
        Assert.Equal((1, 0), ((int)report["accepted"]!, (int)report["rejected"]!));
        var enterprise = await RegisterAsync(detected);
        Assert.Equal(GbkName, (string)enterprise["name"]!);
        Assert.Equal("张三", (string)enterprise["legalRepresentative"]!);

        report = await PostAsync(bureau, "registry", GbkRegistry(chosen, "定州市乡村振兴农机服务队"), "text/csv; charset=gbk", encoding: "gbk");
        Assert.Equal(1, (int)report["accepted"]!);
        Assert.Equal("定州市乡村振兴农机服务队", (string)(await RegisterAsync(chosen))["name"]!);

        // UTF-8, chosen or by default (the API's behaviour before this issue), for a GBK file: the row is refused with its line
        foreach (var utf8 in new[] { "utf-8", null })
        {
            report = await PostAsync(bureau, "registry", GbkRegistry(wrong), "text/csv", encoding: utf8);
            Assert.Equal((0, 1), ((int)report["accepted"]!, (int)report["rejected"]!));
            var error = Assert.Single(Errors(report));
            Assert.Equal(2, error.Line);
            Assert.Contains("not UTF-8", error.Reason);
        }

        var problem = await PostAsync(bureau, "registry", GbkRegistry(wrong), "text/csv", encoding: "latin1", expected: HttpStatusCode.BadRequest);
        Assert.Contains("gb18030", problem["errors"]!["encoding"]![0]!.ToString());
    }

    [Fact]
    public async Task Utf8_with_or_without_a_byte_order_mark_is_still_read_as_UTF8()
    {
        var bureau = await app.BureauAsync();
        foreach (var bom in new[] { true, false })
        {
            var code = TestData.CreditCode();
            var text = TestData.RegistryHeader + "\n" + TestData.RegistryRow(code, name: "定州市喆赟合作社") + "\n";
            var report = await PostAsync(bureau, "registry", new UTF8Encoding(bom).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(), "text/csv",
                encoding: "auto");
            Assert.Equal(1, (int)report["accepted"]!);
            Assert.Equal("定州市喆赟合作社", (string)(await RegisterAsync(code))["name"]!);
        }
    }

    [Fact]
    public async Task Detection_looks_at_the_first_64_KB_and_a_GBK_row_after_them_is_refused_with_its_line_unless_GB18030_is_chosen()
    {
        var bureau = await app.BureauAsync();
        var code = TestData.CreditCode();
        // 70,000 blank lines (skipped) push the only Chinese row beyond the first 64 KiB, which are plain ASCII and so valid UTF-8
        byte[] File() => Gb18030.GetBytes(TestData.RegistryHeader + "\n" + new string('\n', 70_000) + TestData.RegistryRow(code, name: GbkName) + "\n");
        var report = await PostAsync(bureau, "registry", File(), "text/csv", encoding: "auto");
        var error = Assert.Single(Errors(report));
        Assert.Equal(70_002, error.Line);
        Assert.Contains("GB18030", error.Reason);

        report = await PostAsync(bureau, "registry", File(), "text/csv", encoding: "gb18030");
        Assert.Equal((1, 0), ((int)report["accepted"]!, (int)report["rejected"]!));
        Assert.Equal(GbkName, (string)(await RegisterAsync(code))["name"]!);
    }

    [Fact]
    public async Task An_xlsx_workbook_imports_its_first_sheet_with_sheet_row_numbers_Excel_dates_and_codes_stored_as_numbers()
    {
        var bureau = await app.BureauAsync();
        var (dates, texts) = (TestData.CreditCode(), TestData.CreditCode());
        var numericCode = 911306820012345678d;   // an all-digit code typed into a General cell: Excel keeps 15 digits
        var book = XlsxFile.Build(
            (1, TestData.RegistryHeader.Split(',')),
            (2, [dates, "定州市喆赟养殖专业合作社", "Cooperative", "张三", new DateOnly(2015, 3, 10), 500000, "A03", 130682101200L]),   // a date cell; numbers
            (4, [TestData.CreditCode(), "定州市坏行合作社", "Corporation", "李四", "2015-03-10", "500000.00", "A03", "130682101200"]),   // row 3 left empty
            (5, [texts, "定州市文本日期有限公司", "Company", null, "2016-04-01", 1234.5, "A03", "130682101200"]),                     // text dates
            (7, [numericCode, "定州市数字代码合作社", "Cooperative", "王五", new DateOnly(2015, 3, 10), 100, "A03", 130682101200L]),
            (8, [TestData.CreditCode(), "定州市多列合作社", "Cooperative", "赵六", "2015-03-10", 100, "A03", 130682101200L, "多余"]));
        var report = await PostAsync(bureau, "registry", book, XlsxFile.ContentType);

        Assert.Equal((2, 3), ((int)report["accepted"]!, (int)report["rejected"]!));
        var errors = Errors(report);
        Assert.Equal([4L, 7, 8], errors.Select(e => e.Line));
        Assert.Contains("type", errors[0].Reason);
        Assert.Contains("creditCode is stored in Excel as a number", errors[1].Reason);
        Assert.Contains("column I", errors[2].Reason);

        var first = await RegisterAsync(dates);
        Assert.Equal(("定州市喆赟养殖专业合作社", "2015-03-10", 500000m, "130682101200"),
            ((string)first["name"]!, (string)first["establishedOn"]!, (decimal)first["registeredCapital"]!, (string)first["divisionCode"]!));
        var second = await RegisterAsync(texts);
        Assert.Equal(("2016-04-01", 1234.5m), ((string)second["establishedOn"]!, (decimal)second["registeredCapital"]!));
    }

    [Fact]
    public async Task A_workbook_with_a_wrong_header_or_a_file_that_is_no_workbook_is_refused_whole()
    {
        var bureau = await app.BureauAsync();
        var code = TestData.CreditCode();
        var wrong = XlsxFile.Build((1, ["统一社会信用代码", "名称"]), (2, [code, "定州市合作社"]));
        var problem = await PostAsync(bureau, "registry", wrong, XlsxFile.ContentType, expected: HttpStatusCode.BadRequest);
        Assert.Contains(TestData.RegistryHeader, problem["errors"]!["header"]![0]!.ToString());

        problem = await PostAsync(bureau, "registry", Encoding.UTF8.GetBytes(TestData.RegistryHeader + "\n" + TestData.RegistryRow(code)), XlsxFile.ContentType,
            expected: HttpStatusCode.BadRequest);
        Assert.Contains("XLSX", problem["errors"]!["file"]![0]!.ToString());
        await (await app.CreateClient().PostAsJsonAsync("/api/enterprises/register",
            new { creditCode = code, phone = "13912345678", userName = TestData.UserName("e"), password = Scenarios.Password })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Every_dataset_has_templates_whose_example_row_is_refused_as_the_example_and_is_valid_with_a_real_code()
    {
        var bureau = await app.BureauAsync();
        var portal = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Matrix.MatrixWorld.PortalSignInAsync(portal, CreditLoanApp.AdminUserName, CreditLoanApp.AdminPassword);   // the portal's download: its cookie
        var datasets = (await (await bureau.GetAsync("/api/credit/imports")).ReadJsonAsync(HttpStatusCode.OK))["datasets"]!.AsObject();
        Assert.Equal(8, datasets.Count);
        foreach (var (dataset, columns) in datasets)
        {
            var header = string.Join(',', columns!.AsArray().Select(c => (string)c!));
            var xlsx = await portal.GetAsync($"/export/import-template/{dataset}?format=xlsx");
            Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
            Assert.Equal(XlsxFile.ContentType, xlsx.Content.Headers.ContentType!.MediaType);
            Assert.Equal($"import-template_{dataset}.xlsx", xlsx.Content.Headers.ContentDisposition!.FileNameStar ?? xlsx.Content.Headers.ContentDisposition.FileName);
            var report = await PostAsync(bureau, dataset, await xlsx.Content.ReadAsByteArrayAsync(), XlsxFile.ContentType);
            Assert.Equal((0, 1), ((int)report["accepted"]!, (int)report["rejected"]!));
            var error = Assert.Single(Errors(report));
            Assert.Equal(2, error.Line);
            Assert.Contains("template's example row", error.Reason);

            var csv = await (await portal.GetAsync($"/export/import-template/{dataset}?format=csv")).Content.ReadAsByteArrayAsync();
            Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);   // a byte-order mark, so that Excel opens the Chinese example correctly
            var text = Encoding.UTF8.GetString(csv[3..]);
            Assert.Equal(header, text.Split("\r\n")[0]);
            if (dataset is not ("tax" or "social-insurance" or "utilities")) Assert.Matches("[\u4e00-\u9fff]", text.Split("\r\n")[1]);   // names in Chinese
            report = await PostAsync(bureau, dataset, csv, "text/csv");
            Assert.Contains("template's example row", Assert.Single(Errors(report)).Reason);

            // the example is a valid row: with a real code in its place, it imports
            var real = Encoding.UTF8.GetBytes(text.Replace("91130682MA0EXAMPLB", TestData.CreditCode()));
            report = await PostAsync(bureau, dataset, real, "text/csv");
            Assert.True((int)report["accepted"]! == 1, $"{dataset}: {report.ToJsonString()}");
        }
        var refused = await portal.GetAsync("/export/import-template/unknown?format=csv");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }
}

public sealed class SqliteImportFormatTests(SqliteApp app) : ImportFormatTests<SqliteApp>(app);

public sealed class MariaDbImportFormatTests(MariaDbApp app) : ImportFormatTests<MariaDbApp>(app);
