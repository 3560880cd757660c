using System.Globalization;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.CreditData;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Loans;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CreditLoan.Application.Features.Loans;

/// <summary>The answer to a repayment import: rows accepted, rows refused with their line (the header is line 1), and whether the batch was a repeat.</summary>
public sealed record RepaymentImportReport(string BatchId, int Accepted, int Rejected, bool DuplicateBatch, IReadOnlyList<ImportRowError> Errors,
    bool ErrorsTruncated);

/// <summary>A bank's repayments in bulk from its core system: CSV <c>loanId,amount,paidOn</c>, idempotent by (bank, batch id).</summary>
[AuthorizeRoles(Roles.Bank)]
/// <param name="Progress">Told the share of rows applied, in percent.</param>
public sealed record ImportRepaymentsCommand(Guid BankId, string BatchId, Stream Content, IProgress<int>? Progress = null)
    : ICommand<RepaymentImportReport>, ITargetsEntity
{
    public string AuditEntityId => $"{BankId}/{BatchId}";
}

public sealed class ImportRepaymentsValidator : AbstractValidator<ImportRepaymentsCommand>
{
    public ImportRepaymentsValidator() =>
        RuleFor(c => c.BatchId).NotEmpty().MaximumLength(64).Matches(@"^[A-Za-z0-9._:-]+\z")
            .WithMessage("批次号（batchId）须为1至64个字母、数字或 . _ : -。").OverridePropertyName("batchId");
}

/// <summary>
/// Every row is one repayment, recorded as <c>POST /api/loans/{id}/repayments</c> would: a bad row, another bank's loan or an
/// unknown one is refused with its line and reason and the good rows are kept, in one transaction; a batch already imported
/// changes nothing. Rows of one loan are applied in the file's order. The loans are read without tracking (a tracked loan
/// brings every instalment and repayment into the change tracker: a hundred thousand rows took minutes), without their
/// instalments when their schedule is as generated from their terms (<see cref="Loan.Rebuild"/>), and with only their
/// repayments booked from the earliest day a row of theirs is booked on (<see cref="Loan.CountEarlierRepaymentsAsOne"/>), a
/// chunk at a time: the next chunk read while this one is applied and its events handed to the projections (as a tracked
/// loan's would be; the portfolio's changes held and written once at the end) and the previous one stored by
/// <see cref="IRepaymentWriter"/> (versions checked).
/// </summary>
public sealed class ImportRepaymentsHandler(IAppDbContext db, ICurrentUser user, IStatsStore stats, IRepaymentWriter writer, DomainEventDispatcher events,
    TimeProvider clock, IServiceScopeFactory scopes, ILogger<ImportRepaymentsHandler> logger) : ICommandHandler<ImportRepaymentsCommand, RepaymentImportReport>
{
    public const string Header = "loanId,amount,paidOn";
    private const int MaxErrors = 10_000;

    /// <summary>Loans read a query (with their recent repayments); under 1,000, MariaDB keeps the IN list a list of key look-ups.</summary>
    private const int LoansPerRead = 999;

    public async ValueTask<RepaymentImportReport> Handle(ImportRepaymentsCommand c, CancellationToken cancellationToken)
    {
        if (user.RequireBankId() != c.BankId) throw new NotFoundException("Bank", c.BankId);
        if (await db.RepaymentImports.AnyAsync(i => i.BankId == c.BankId && i.BatchId == c.BatchId, cancellationToken))
            return new RepaymentImportReport(c.BatchId, 0, 0, true, [], false);

        var rows = await ReadAsync(c.Content, cancellationToken);
        var errors = rows.Where(r => r.Error is not null).Select(r => new ImportRowError(r.Line, r.Error!)).ToList();
        // in the loans' key order (a stable sort: one loan's rows stay in the file's order), so each read of a chunk finds its
        // loans' schedules on neighbouring pages, not scattered over the whole table
        var good = rows.Where(r => r.Error is null).OrderBy(r => r.LoanId).ToList();
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var openFrom = await stats.PortfolioOpenFromAsync(cancellationToken);
        var by = user.AuditName();
        var recorded = 0;
        var done = 0L;
        var readWhole = 0;
        // one loan's rows together, 999 loans a read. Three things overlap (two cores, docs/performance.md): the next chunk is
        // read on a second connection, this one is applied and its events handed to the projections, and the previous one is
        // written. The read is outside this transaction, which is safe: each loan is read once, and written only if its version
        // is still the one read. The portfolio projection (the only consumer of a repayment's events) holds its changes in
        // memory, so nothing but the writer uses this context while a chunk is written; the changes are written at the end
        var chunks = good.GroupBy(r => r.LoanId).Chunk(LoansPerRead).ToList();
        await using var side = scopes.CreateAsyncScope();
        var reader = side.ServiceProvider.GetRequiredService<IAppDbContext>();
        var next = chunks.Count == 0 ? null : ReadLoansAsync(reader, chunks[0], openFrom, cancellationToken);
        Task? writing = null;
        stats.HoldPortfolioChanges();
        try
        {
            for (var k = 0; k < chunks.Count; k++)
            {
                var (read, from, whole) = await next!;
                readWhole += whole;
                next = k + 1 < chunks.Count ? ReadLoansAsync(reader, chunks[k + 1], openFrom, cancellationToken) : null;
                var loans = new Dictionary<Guid, Loan>();
                foreach (var loan in read)
                {
                    loan.CountEarlierRepaymentsAsOne(from);
                    loans[loan.Id] = loan;
                    writer.Read(loan);
                }
                var repayments = new List<Repayment>();
                foreach (var row in chunks[k].SelectMany(g => g))
                {
                    if (!loans.TryGetValue(row.LoanId, out var loan) || loan.BankId != c.BankId)
                        errors.Add(new ImportRowError(row.Line, $"贷款 {row.LoanId} 不是本行的贷款或不存在。"));
                    else
                    {
                        try
                        {
                            repayments.Add(loan.RecordRepayment(row.Amount, row.PaidOn, today, now, by, openFrom));
                        }
                        catch (DomainException e)
                        {
                            errors.Add(new ImportRowError(row.Line, e is InvalidStateException ? "贷款已结清。" : e.Message));
                        }
                    }
                }
                var changed = loans.Values.Where(l => l.DomainEvents.Count > 0).ToList();
                if (writing is not null) await writing;
                writing = writer.SaveAsync(changed, repayments, cancellationToken);
                await events.DispatchAsync(changed, cancellationToken);
                recorded += repayments.Count;
                c.Progress?.Report((int)((done += chunks[k].Sum(g => g.Count())) * 100 / good.Count));
            }
            if (writing is not null) await writing;
            writing = null;
        }
        finally
        {
            // a read or a write failed (the import rolls back): let the other statements in flight end before their connections close
            foreach (var pending in new Task?[] { next, writing }.OfType<Task>())
                try { await pending; }
                catch (Exception) { /* the import's own failure is the one reported */ }
        }
        await stats.WriteHeldPortfolioChangesAsync(cancellationToken);
        db.RepaymentImports.Add(new RepaymentImport(c.BankId, c.BatchId, recorded, errors.Count, now, by));
        logger.LogInformation("Repayment import {BatchId} of bank {BankId}: {Accepted} rows accepted, {Rejected} refused; {ReadWhole} loans read with their " +
            "instalments (schedule not as generated), the rest rebuilt from their columns", c.BatchId, c.BankId, recorded, errors.Count, readWhole);
        var listed = errors.OrderBy(e => e.Line).Take(MaxErrors).ToList();
        return new RepaymentImportReport(c.BatchId, recorded, errors.Count, false, listed, errors.Count > MaxErrors);
    }

    /// <summary>
    /// A chunk's loans, each with only its repayments booked from the earliest day a row of the chunk is booked on (a repayment
    /// is booked on the day paid, or on <paramref name="openFrom"/> when paid before it). A loan whose schedule is as generated
    /// from its terms is rebuilt from its columns (<see cref="Loan.Rebuild"/>) without reading its instalments; the others are
    /// read whole.
    /// </summary>
    private static async Task<(List<Loan> Loans, DateOnly From, int Whole)> ReadLoansAsync(IAppDbContext reader, IGrouping<Guid, Row>[] chunk, DateOnly openFrom,
        CancellationToken ct)
    {
        var ids = chunk.Select(g => g.Key).ToList();
        var earliest = chunk.SelectMany(g => g).Min(r => r.PaidOn);
        var from = earliest > openFrom ? earliest : openFrom;
        var stored = await reader.Loans.AsNoTracking().Where(l => ids.Contains(l.Id)).Select(l => new StoredLoan(l.Id, l.ApplicationId, l.EnterpriseId,
                l.BankId, l.Principal, l.AnnualRate, l.TermMonths, l.RepaymentMethod, l.DisbursedOn, l.Township, l.IndustrySection, l.Category,
                l.FirstTimeBorrower, l.BookedOn, l.CreatedAt, l.PaidTotal, l.OutstandingPrincipal, l.OldestUnpaidDue, l.DueToldFor, l.OverdueToldFor,
                l.PositionStale, l.SettledAt, l.ScheduleDigest, l.Version))
            .ToListAsync(ct);
        var recent = (await reader.LoanRepayments.AsNoTracking().Where(r => ids.Contains(r.LoanId) && r.BookedOn >= from).ToListAsync(ct))
            .ToLookup(r => r.LoanId);
        var loans = new List<Loan>(stored.Count);
        var whole = new List<Guid>();
        foreach (var s in stored)
        {
            if (Loan.Rebuild(s, recent[s.Id]) is { } loan) loans.Add(loan);
            else whole.Add(s.Id);
        }
        if (whole.Count > 0)
            loans.AddRange(await reader.Loans.AsNoTracking().Include(l => l.Repayments.Where(r => r.BookedOn >= from)).Where(l => whole.Contains(l.Id))
                .AsSplitQuery().ToListAsync(ct));
        return (loans, from, whole.Count);
    }

    private sealed record Row(long Line, Guid LoanId, decimal Amount, DateOnly PaidOn, string? Error);

    private static async Task<List<Row>> ReadAsync(Stream content, CancellationToken ct)
    {
        using var reader = new StreamReader(content, detectEncodingFromByteOrderMarks: true);
        var header = await reader.ReadLineAsync(ct);
        if (header is null || !string.Equals(string.Join(",", header.Split(',').Select(h => h.Trim())), Header, StringComparison.Ordinal))
            throw new FieldValidationException("header", $"表头应为 {Header}，实际为“{header}”。");
        var rows = new List<Row>();
        long line = 1;
        while (await reader.ReadLineAsync(ct) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            var f = text.Split(',').Select(x => x.Trim().Trim('"')).ToArray();
            rows.Add(f.Length != 3 ? new Row(line, default, 0, default, $"每行应有3列，本行有{f.Length}列。")
                : !Guid.TryParse(f[0], out var id) ? new Row(line, default, 0, default, $"贷款编号“{f[0]}”格式不正确。")
                : !decimal.TryParse(f[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount <= 0 || !Money.IsYuan(amount)
                    ? new Row(line, id, 0, default, $"还款金额“{f[1]}”须为正数，最多两位小数。")
                : !DateOnly.TryParseExact(f[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var paidOn)
                    ? new Row(line, id, amount, default, $"还款日期“{f[2]}”须为年-月-日（yyyy-MM-dd）。")
                : new Row(line, id, amount, paidOn, null));
        }
        return rows;
    }
}
