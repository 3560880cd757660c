using CreditLoan.Application.Features.CreditData;
using System.Globalization;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Credit;

namespace CreditLoan.Infrastructure.Import;

/// <summary>
/// One government dataset: its header (docs/datasets.md), its table, and the checks of one row. A parsed row holds the
/// table's columns in order without the two bookkeeping columns (BatchId, ImportedAt) that the importer appends.
/// </summary>
public sealed class CreditDataset(string name, IReadOnlyList<string> header, BulkTable table, Func<string?[], DateOnly, (object?[]? Row, ImportRowProblem? Error)> parse)
{
    public string Name { get; } = name;
    public IReadOnlyList<string> Header { get; } = header;
    public BulkTable Table { get; } = table;

    /// <summary>Columns compared to decide whether a stored row changed (all but BatchId and ImportedAt).</summary>
    public int ContentColumns => Table.Columns.Count - 2;

    public (object?[]? Row, ImportRowProblem? Error) Parse(string?[] fields, DateOnly today) => parse(fields, today);
}

public static class CreditDatasets
{
    private static readonly BulkColumn CreditCodeKey = new("CreditCode", ColumnKind.Text, Key: true);
    private static readonly BulkColumn[] Bookkeeping = [new("BatchId", ColumnKind.Text), new("ImportedAt", ColumnKind.Instant)];

    private static BulkTable Table(string name, params BulkColumn[] columns) => new(name, [CreditCodeKey, .. columns, .. Bookkeeping]);

    public static readonly CreditDataset Registry = new("registry",
        ["creditCode", "name", "type", "legalRepresentative", "establishedOn", "registeredCapital", "industry", "divisionCode"],
        Table("registry_records", new("Name", ColumnKind.Text), new("Type", ColumnKind.Text), new("LegalRepresentative", ColumnKind.Text),
            new("EstablishedOn", ColumnKind.Date), new("RegisteredCapital", ColumnKind.Decimal), new("Industry", ColumnKind.Text),
            new("DivisionCode", ColumnKind.Text)),
        (f, today) =>
        {
            var r = new RowReader(f);
            var code = r.CreditCode(0);
            var name = r.Text(1, "name", 200, required: true);
            var type = r.Enum<EnterpriseType>(2, "type");
            var legal = r.Text(3, "legalRepresentative", 100, required: false);
            var established = r.Date(4, "establishedOn", today);
            var capital = r.Yuan(5, "registeredCapital");
            var industry = r.Check(6, "industry", Identifiers.IsValidIndustry, "is not a GB/T 4754 code such as A or A03");
            var division = r.Check(7, "divisionCode", d => Identifiers.IsValidDivision(d) && d.Length is 9 or 12, "must be 9 (township) or 12 (village) digits");
            return r.Result(code, name, type?.ToString(), legal, established, capital, industry, division);
        });

    public static readonly CreditDataset Tax = new("tax", ["creditCode", "year", "rating"],
        Table("tax_ratings", new("Year", ColumnKind.Int, Key: true), new("Rating", ColumnKind.Text)),
        (f, today) =>
        {
            var r = new RowReader(f);
            var code = r.CreditCode(0);
            var year = r.Int(1, "year", 1990, today.Year);
            var rating = r.Enum<TaxRating>(2, "rating");
            return r.Result(code, year, rating?.ToString());
        });

    public static readonly CreditDataset SocialInsurance = new("social-insurance", ["creditCode", "asOf", "monthsPaidLast12", "headcount"],
        Table("social_insurance_records", new("AsOf", ColumnKind.Date, Key: true), new("MonthsPaidLast12", ColumnKind.Int), new("Headcount", ColumnKind.Int)),
        (f, today) =>
        {
            var r = new RowReader(f);
            return r.Result(r.CreditCode(0), r.Date(1, "asOf", today), r.Int(2, "monthsPaidLast12", 0, 12), r.Int(3, "headcount", 0, 1_000_000));
        });

    public static readonly CreditDataset Utilities = new("utilities", ["creditCode", "asOf", "arrearsMonthsLast12"],
        Table("utility_records", new("AsOf", ColumnKind.Date, Key: true), new("ArrearsMonthsLast12", ColumnKind.Int)),
        (f, today) =>
        {
            var r = new RowReader(f);
            return r.Result(r.CreditCode(0), r.Date(1, "asOf", today), r.Int(2, "arrearsMonthsLast12", 0, 12));
        });

    public static readonly CreditDataset Penalties = new("penalties", ["creditCode", "decidedOn", "severity", "authority", "caseNo"],
        Table("penalty_records", new("CaseNo", ColumnKind.Text, Key: true), new("DecidedOn", ColumnKind.Date), new("Severity", ColumnKind.Text),
            new("Authority", ColumnKind.Text)),
        (f, today) =>
        {
            var r = new RowReader(f);
            var code = r.CreditCode(0);
            var decided = r.Date(1, "decidedOn", today);
            var severity = r.Enum<PenaltySeverity>(2, "severity");
            var authority = r.Text(3, "authority", 100, required: false);
            var caseNo = r.Text(4, "caseNo", 100, required: true);
            return r.Result(code, caseNo, decided, severity?.ToString(), authority);
        });

    public static readonly CreditDataset Judgments = new("judgments", ["creditCode", "judgedOn", "amount", "settled", "caseNo"],
        Table("judgment_records", new("CaseNo", ColumnKind.Text, Key: true), new("JudgedOn", ColumnKind.Date), new("Amount", ColumnKind.Decimal),
            new("Settled", ColumnKind.Bool)),
        (f, today) =>
        {
            var r = new RowReader(f);
            var code = r.CreditCode(0);
            var judged = r.Date(1, "judgedOn", today);
            var amount = r.Yuan(2, "amount");
            var settled = r.Bool(3, "settled");
            var caseNo = r.Text(4, "caseNo", 100, required: true);
            return r.Result(code, caseNo, judged, amount, settled);
        });

    public static readonly CreditDataset Dishonest = new("dishonest", ["creditCode", "listedOn", "removedOn", "caseNo"],
        Table("dishonest_records", new("CaseNo", ColumnKind.Text, Key: true), new("ListedOn", ColumnKind.Date), new("RemovedOn", ColumnKind.Date)),
        (f, today) =>
        {
            var r = new RowReader(f);
            var code = r.CreditCode(0);
            var listed = r.Date(1, "listedOn", today);
            var removed = f[2] is null ? null : r.Date(2, "removedOn", today);
            if (listed is not null && removed is not null && removed < listed) r.Fail(ImportRowProblem.Before("removedOn", removed.Value, "listedOn", listed.Value));
            var caseNo = r.Text(3, "caseNo", 100, required: true);
            return r.Result(code, caseNo, listed, removed);
        });

    public static readonly CreditDataset Honours = new("honours", ["creditCode", "awardedOn", "title"],
        Table("honour_records", new("AwardedOn", ColumnKind.Date, Key: true), new("Title", ColumnKind.Text, Key: true)),
        (f, today) =>
        {
            var r = new RowReader(f);
            return r.Result(r.CreditCode(0), r.Date(1, "awardedOn", today), r.Text(2, "title", 200, required: true));
        });

    public static readonly IReadOnlyDictionary<string, CreditDataset> All =
        new[] { Registry, Tax, SocialInsurance, Utilities, Penalties, Judgments, Dishonest, Honours }.ToDictionary(d => d.Name);

    /// <summary>A column holding a yyyy-MM-dd date (establishedOn, asOf, listedOn…): an XLSX number there is Excel's day number.</summary>
    public static bool IsDateColumn(string column) => column == "asOf" || column.EndsWith("On", StringComparison.Ordinal);

    /// <summary>The Chinese names a department's own sheet writes for the coded columns, accepted beside the codes.</summary>
    private static readonly Dictionary<string, object> ChineseNames = new()
    {
        ["公司"] = EnterpriseType.Company, ["个体工商户"] = EnterpriseType.IndividualBusiness, ["农民专业合作社"] = EnterpriseType.Cooperative,
        ["轻微"] = PenaltySeverity.Minor, ["较重"] = PenaltySeverity.Serious, ["严重"] = PenaltySeverity.Severe,
    };

    /// <summary>Reads typed fields of one row, keeping the first problem as the row's reason.</summary>
    private sealed class RowReader(string?[] fields)
    {
        private ImportRowProblem? _error;

        public void Fail(ImportRowProblem problem) => _error ??= problem;

        public (object?[]? Row, ImportRowProblem? Error) Result(params object?[] values) => _error is null ? (values, null) : (null, _error);

        public string? CreditCode(int i)
        {
            if (Identifiers.CreditCodeProblem(fields[i]) is { } problem) Fail(ImportRowProblem.CreditCode("creditCode", fields[i], problem));
            return fields[i];
        }

        public string? Text(int i, string name, int maxLength, bool required)
        {
            var v = fields[i];
            if (v is null && required) Fail(ImportRowProblem.Required(name));
            else if (v is not null && v.Length > maxLength) Fail(ImportRowProblem.TooLong(name, maxLength));
            return v;
        }

        public string? Check(int i, string name, Func<string, bool> ok, string problem)
        {
            var v = fields[i];
            if (v is null) Fail(ImportRowProblem.Required(name));
            else if (!ok(v)) Fail(ImportRowProblem.Invalid(name, v, problem));
            return v;
        }

        public TEnum? Enum<TEnum>(int i, string name) where TEnum : struct, System.Enum
        {
            var v = fields[i];
            if (v is not null && System.Enum.GetNames<TEnum>().Contains(v)) return System.Enum.Parse<TEnum>(v);
            if (v is not null && ChineseNames.TryGetValue(v, out var named) && named is TEnum value) return value;   // 公司, 严重…
            Fail(v is null ? ImportRowProblem.Required(name) : ImportRowProblem.NotOneOf(name, v, System.Enum.GetNames<TEnum>(),
                System.Enum.GetValues<TEnum>().Select(e => ChineseNames.FirstOrDefault(n => n.Value.Equals(e)).Key ?? e.ToString()).ToList()));
            return null;
        }

        public DateOnly? Date(int i, string name, DateOnly today)
        {
            if (!DateOnly.TryParseExact(fields[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                Fail(fields[i] is null ? ImportRowProblem.Required(name) : ImportRowProblem.NotDate(name, fields[i]));
                return null;
            }
            if (d > today) Fail(ImportRowProblem.Future(name, fields[i]));
            return d;
        }

        public int? Int(int i, string name, int min, int max)
        {
            if (!int.TryParse(fields[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            {
                Fail(fields[i] is null ? ImportRowProblem.Required(name) : ImportRowProblem.NotWholeNumber(name, fields[i], min, max));
                return null;
            }
            return n;
        }

        public decimal? Yuan(int i, string name)
        {
            if (!decimal.TryParse(fields[i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var m) || !Money.IsYuan(m) || m > Money.MaxAmount)
            {
                Fail(fields[i] is null ? ImportRowProblem.Required(name) : ImportRowProblem.NotYuan(name, fields[i]));
                return null;
            }
            return m;
        }

        public bool? Bool(int i, string name)
        {
            switch (fields[i])
            {
                case "true" or "是": return true;   // the file's own words, or what a Chinese form writes
                case "false" or "否": return false;
                default:
                    Fail(fields[i] is null ? ImportRowProblem.Required(name) : ImportRowProblem.NotBool(name, fields[i]));
                    return null;
            }
        }
    }
}
