using System.IO.Compression;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Places;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Places;

/// <param name="Unchanged">Rows the platform already knew with the same name.</param>
/// <param name="Retired">Known codes the file no longer has under a parent it has: kept readable, refused on input.</param>
/// <param name="Problems">Rows skipped, with their line (the first 50).</param>
public sealed record DivisionImportReport(string Edition, int Rows, int Added, int Renamed, int Retired, int Unchanged, int Skipped,
    IReadOnlyList<string> Problems);

/// <summary>
/// A newer edition of the NBS division table (CSV <c>code,name,parentCode</c>, gzip or plain), from the command line
/// (<c>import divisions FILE</c>). Idempotent: importing the same file again changes nothing. Only the differences from
/// what the platform knows are stored (table <c>divisions</c>); a code the file no longer has, under a parent the file
/// has (or retires), is marked retired in that edition and stays readable. A file may hold one county or the whole country.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record ImportDivisionsCommand(Stream File, string Edition) : ICommand<DivisionImportReport>;

public sealed class ImportDivisionsValidator : AbstractValidator<ImportDivisionsCommand>
{
    public ImportDivisionsValidator()
    {
        RuleFor(c => c.Edition).Matches(@"^(19|20)[0-9]{2}\z").WithMessage("edition 须为版本年份，如 2024").OverridePropertyName("edition");
    }
}

public sealed class ImportDivisionsHandler(IAppDbContext db, DivisionCatalog divisions, CommitCallbacks commit)
    : ICommandHandler<ImportDivisionsCommand, DivisionImportReport>
{
    public async ValueTask<DivisionImportReport> Handle(ImportDivisionsCommand command, CancellationToken cancellationToken)
    {
        DivisionTable file;
        IReadOnlyList<string> problems;
        try
        {
            (file, problems) = DivisionTable.Read(Decompressed(command.File));
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException)
        {
            throw new FieldValidationException("file", ex.Message);
        }
        var stored = await db.Divisions.ToDictionaryAsync(d => d.Code, StringComparer.Ordinal, cancellationToken);
        int added = 0, renamed = 0, retired = 0, unchanged = 0;
        for (var i = 0; i < file.Count; i++)
        {
            var code = file.CodeAt(i);
            var name = file.NameAt(i);
            var known = divisions.Find(code);
            if (known is { Retired: false } && known.Name == name) { unchanged++; continue; }
            if (known is null) added++; else renamed++;
            if (stored.TryGetValue(code, out var record)) record.Update(name, DivisionCodes.ParentOf(code), command.Edition);
            else db.Divisions.Add(stored[code] = new DivisionRecord(code, name, DivisionCodes.ParentOf(code), command.Edition));
        }
        // a known code the file lacks is retired when its parent is in the file or retired by it (parents come first in code order)
        var retiring = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in KnownCodes(stored.Values))
        {
            if (file.IndexOf(code) >= 0 || DivisionCodes.ParentOf(code) is not { } parent) continue;
            if (file.IndexOf(parent) < 0 && !retiring.Contains(parent)) continue;
            var known = divisions.Find(code)!;
            if (known.Retired) continue;
            retiring.Add(code);
            if (!stored.TryGetValue(code, out var record))
                db.Divisions.Add(record = stored[code] = new DivisionRecord(code, known.Name, known.ParentCode, DivisionTable.ShippedEdition));
            if (record.Retire(command.Edition)) retired++;
        }
        commit.AfterCommit(divisions.Reload);
        return new DivisionImportReport(command.Edition, file.Count, added, renamed, retired, unchanged, problems.Count, problems.Take(50).ToList());
    }

    private static IEnumerable<string> KnownCodes(IEnumerable<DivisionRecord> stored)
    {
        var shipped = DivisionTable.Shipped;
        for (var i = 0; i < shipped.Count; i++) yield return shipped.CodeAt(i);
        foreach (var record in stored.ToList())
            if (shipped.IndexOf(record.Code) < 0) yield return record.Code;
    }

    private static Stream Decompressed(Stream stream)
    {
        var buffered = new BufferedStream(stream);
        Span<byte> magic = stackalloc byte[2];
        var seekable = new MemoryStream();
        buffered.CopyTo(seekable);
        seekable.Position = 0;
        var read = seekable.Read(magic);
        seekable.Position = 0;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b ? new GZipStream(seekable, CompressionMode.Decompress) : seekable;
    }
}
