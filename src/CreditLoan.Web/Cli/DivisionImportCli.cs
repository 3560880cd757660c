using System.CommandLine;
using System.Text.RegularExpressions;
using CreditLoan.Application;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Places;
using CreditLoan.Infrastructure;
using CreditLoan.Infrastructure.Hosting;
using FluentValidation;
using Mediator;
using Spectre.Console;

namespace CreditLoan.Web.Cli;

/// <summary>
/// <c>import divisions FILE [--edition 2024]</c>: a newer edition of the NBS division table (CSV <c>code,name,parentCode</c>,
/// gzip or plain; the edition defaults to the year in the file's name). Idempotent; codes the file no longer has stay
/// readable as retired (docs/reference-data.md).
/// </summary>
public static partial class DivisionImportCli
{
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, IDictionary<string, string?>? settings)
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV code,name,parentCode (.csv or .csv.gz)" };
        var edition = new Option<string?>("--edition") { Description = "the edition's year (default: the year in the file's name)" };
        var divisions = new Command("divisions", "Import a newer edition of the national statistical division table") { file, edition };
        divisions.TreatUnmatchedTokensAsErrors = false;
        var configArgs = args.Skip(2).Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray();
        divisions.SetAction((result, ct) => ImportAsync(console, result.GetValue(file)!, result.GetValue(edition), configArgs, settings, ct));
        var root = new RootCommand("CreditLoan operator tools") { new Command("import", "Import reference or credit data") { divisions } };
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = new CreditLoanCli.ConsoleWriter(console), Error = new CreditLoanCli.ConsoleWriter(console) });
    }

    private static async Task<int> ImportAsync(IAnsiConsole console, FileInfo file, string? edition, string[] configArgs,
        IDictionary<string, string?>? settings, CancellationToken ct)
    {
        if (!file.Exists)
        {
            console.MarkupLineInterpolated($"[red]No such file:[/] {file.FullName}");
            return 2;
        }
        edition ??= Year().Match(file.Name) is { Success: true } m ? m.Value : null;
        if (edition is null)
        {
            console.MarkupLine("[red]--edition:[/] give the edition's year (the file's name has none), e.g. --edition 2024");
            return 1;
        }
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = configArgs, ContentRootPath = AppContext.BaseDirectory });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().AddFilter((_, level) => level >= LogLevel.Error);
        builder.Services.AddApplication();
        builder.Services.AddInfrastructure(builder.Configuration);
        builder.Services.AddSingleton<ICurrentUser>(new CreditLoanCli.CliOperator());
        using var host = builder.Build();
        await host.Services.InitializeDatabaseAsync(host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CreditLoan.Cli"), ct);
        DivisionImportReport report;
        try
        {
            await using var scope = host.Services.CreateAsyncScope();
            await using var stream = file.OpenRead();
            report = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ImportDivisionsCommand(stream, edition), ct);
        }
        catch (ValidationException refused)
        {
            foreach (var error in refused.Errors) console.MarkupLineInterpolated($"[red]{error.PropertyName}:[/] {error.ErrorMessage}");
            return 1;
        }
        var table = new Table().AddColumns("edition", "rows", "added", "renamed", "retired", "unchanged", "skipped");
        table.AddRow(report.Edition, report.Rows.ToString("N0"), report.Added.ToString("N0"), report.Renamed.ToString("N0"), report.Retired.ToString("N0"),
            report.Unchanged.ToString("N0"), report.Skipped.ToString("N0"));
        console.Write(table);
        foreach (var problem in report.Problems) console.MarkupLineInterpolated($"[yellow]{problem}[/]");
        return 0;
    }

    [GeneratedRegex(@"(19|20)[0-9]{2}")]
    private static partial Regex Year();
}
