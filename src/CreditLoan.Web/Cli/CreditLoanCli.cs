using System.CommandLine;
using CreditLoan.Application;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.CreditData;
using CreditLoan.Infrastructure;
using CreditLoan.Infrastructure.Hosting;
using FluentValidation;
using Mediator;
using Spectre.Console;

namespace CreditLoan.Web.Cli;

/// <summary>
/// Command-line tools for bureau operators, from the same build and configuration as the web host:
/// <c>dotnet run --project src/CreditLoan.Web -- import tax /data/tax-2025.csv --batch-id tax-2025</c> (dotnet run makes the
/// project directory the working directory, so give an absolute path).
/// Whoever can run it on the server acts as the bureau; the audit log names them "cli:&lt;OS user&gt;".
/// <c>backup FILE</c> writes a consistent copy of the SQLite database while the platform serves.
/// </summary>
public static class CreditLoanCli
{
    public static bool Handles(string[] args) => args.Length > 0 && args[0] is "import" or "backup";

    public static async Task<int> RunAsync(string[] args, IAnsiConsole? console = null, IDictionary<string, string?>? settings = null)
    {
        console ??= AnsiConsole.Console;
        if (args.Length > 1 && args[0] == "import" && args[1] == "divisions") return await DivisionImportCli.RunAsync(args, console, settings);
        var dataset = new Argument<string>("dataset") { Description = "registry, tax, social-insurance, utilities, penalties, judgments, dishonest or honours" };
        var file = new Argument<FileInfo>("file") { Description = "CSV with its header row, an XLSX workbook (.xlsx), or JSON lines (.jsonl/.ndjson)" };
        var batchId = new Option<string>("--batch-id") { Description = "the batch's id: importing the same id again changes nothing", Required = true };
        var format = new Option<ImportFormat?>("--format") { Description = "Csv, JsonLines or Xlsx (default: from the file extension)" };
        var encoding = new Option<string?>("--encoding") { Description = "utf-8 (default), auto (UTF-8 or else GB18030, by the first 64 KB) or gb18030 (gbk): the text encoding of a CSV or JSON-lines file" };
        var import = new Command("import", "Import a batch of government credit data, with a progress bar and the import report")
        {
            dataset, file, batchId, format, encoding,
        };
        import.TreatUnmatchedTokensAsErrors = false; // configuration overrides such as --Database:Provider=MySql pass through
        import.SetAction((result, ct) => ImportAsync(console, result.GetValue(dataset)!, result.GetValue(file)!, result.GetValue(batchId)!,
            result.GetValue(format), result.GetValue(encoding), args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray(), settings, ct));
        var target = new Argument<FileInfo>("file") { Description = "the new file the copy is written to (never an existing one)" };
        var backup = new Command("backup", "Write a consistent copy of the SQLite database while the platform serves, and say what it holds") { target };
        backup.TreatUnmatchedTokensAsErrors = false;
        backup.SetAction((result, ct) => BackupAsync(console, result.GetValue(target)!,
            args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray(), settings, ct));
        var root = new RootCommand("CreditLoan operator tools") { import, backup };
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = new ConsoleWriter(console), Error = new ConsoleWriter(console) });
    }

    private static async Task<int> ImportAsync(IAnsiConsole console, string dataset, FileInfo file, string batchId, ImportFormat? format,
        string? encoding, string[] configArgs, IDictionary<string, string?>? settings, CancellationToken ct)
    {
        if (!file.Exists)
        {
            console.MarkupLineInterpolated($"[red]No such file:[/] {file.FullName}");
            return 2;
        }
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = configArgs, ContentRootPath = AppContext.BaseDirectory });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders(); // the console belongs to the progress bar and the report
        builder.Logging.AddConsole().AddFilter((_, level) => level >= LogLevel.Error);
        builder.Services.AddApplication();
        builder.Services.AddInfrastructure(builder.Configuration);
        builder.Services.AddSingleton<ICurrentUser>(new CliOperator());
        using var host = builder.Build();
        await host.Services.InitializeDatabaseAsync(host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CreditLoan.Cli"), ct);

        var chosen = format ?? file.Extension.ToLowerInvariant() switch
        {
            ".jsonl" or ".ndjson" or ".json" => ImportFormat.JsonLines,
            ".xlsx" => ImportFormat.Xlsx,
            _ => ImportFormat.Csv,
        };
        ImportEncoding textEncoding;
        try
        {
            textEncoding = ImportEncodings.Parse(encoding);
        }
        catch (FluentValidation.ValidationException ex)
        {
            console.MarkupLineInterpolated($"[red]{ex.Errors.First().ErrorMessage}[/]");
            return 2;
        }
        ImportReport? report = null;
        try
        {
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask($"{dataset} ← {file.Name}", maxValue: Math.Max(1, file.Length));
                    await using var scope = host.Services.CreateAsyncScope();
                    await using var stream = file.OpenRead();
                    var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
                    report = await mediator.Send(new ImportCreditDataCommand(dataset, batchId, stream, chosen, new Inline(b => task.Value = b), textEncoding), ct);
                    task.Value = task.MaxValue;
                });
        }
        catch (ValidationException refused)
        {
            foreach (var error in refused.Errors) console.MarkupLineInterpolated($"[red]{error.PropertyName}:[/] {error.ErrorMessage}");
            return 1;
        }

        var table = new Table().AddColumns("dataset", "batch", "accepted", "rejected", "changed", "profiles recomputed", "duplicate batch");
        table.AddRow(report!.Dataset, report.BatchId, report.Accepted.ToString("N0"), report.Rejected.ToString("N0"), report.Changed.ToString("N0"),
            report.ProfilesRecomputed.ToString("N0"), report.DuplicateBatch ? "yes (nothing changed)" : "no");
        console.Write(table);
        foreach (var error in report.Errors.Take(50)) console.MarkupLineInterpolated($"[yellow]line {error.Line}:[/] {error.Reason}");
        if (report.Errors.Count > 50 || report.ErrorsTruncated)
            console.MarkupLineInterpolated($"[yellow]… and {report.Rejected - 50:N0} more rejected rows.[/]");
        return 0;
    }

    /// <summary>The database settings the web host would use: appsettings.json, environment, the given overrides.</summary>
    private static IConfiguration Configuration(string[] configArgs, IDictionary<string, string?>? settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = configArgs, ContentRootPath = AppContext.BaseDirectory });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        return builder.Configuration;
    }

    private static async Task<int> BackupAsync(IAnsiConsole console, FileInfo target, string[] configArgs, IDictionary<string, string?>? settings,
        CancellationToken ct)
    {
        var configuration = Configuration(configArgs, settings);
        if (!Backups.IsSqlite(configuration))
        {
            console.MarkupLine("[red]This platform runs on MariaDB/MySQL: back it up with the database's own tools, not this command.[/]");
            console.WriteLine("  hot physical backup:  mariadb-backup --backup --target-dir=/backup/creditloan-$(date +%F) --user=backup");
            console.WriteLine("  logical backup:       mariadb-dump --single-transaction --routines --triggers creditloan > creditloan-$(date +%F).sql");
            console.WriteLine("See docs/operations.md, \"Backups\", for restoring and checking a copy.");
            return 2;
        }
        BackupSummary summary;
        try
        {
            summary = await Backups.BackUpAsync(configuration, target.FullName, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]No backup written:[/] {ex.Message}");
            return 1;
        }
        console.MarkupLineInterpolated($"Backup written to [bold]{summary.File}[/] ({summary.Bytes:N0} bytes; readable by its owner only).");
        console.MarkupLineInterpolated($"Integrity check: {summary.Integrity}; schema: {summary.LatestMigration ?? "none"}.");
        var table = new Table().AddColumns("table", "rows");
        foreach (var (name, rows) in summary.Tables) table.AddRow(name, rows.ToString("N0"));
        console.Write(table);
        return summary.Integrity == "ok" ? 0 : 1;
    }

    private sealed class Inline(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    /// <summary>The operator at the server's console acts with the bureau's rights.</summary>
    internal sealed class CliOperator : ICurrentUser
    {
        public bool IsAuthenticated => true;
        public string? UserId => "cli";
        public string? UserName => "cli:" + Environment.UserName;
        public string? Role => Roles.Bureau;
        public Guid? BankId => null;
        public Guid? EnterpriseId => null;
        public Guid? StationId => null;
    }

    internal sealed class ConsoleWriter(IAnsiConsole console) : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
        public override void Write(char value) => console.Write(value.ToString());
        public override void Write(string? value) => console.Write(new Text(value ?? ""));
        public override void WriteLine(string? value) => console.WriteLine(value ?? "");
    }
}
