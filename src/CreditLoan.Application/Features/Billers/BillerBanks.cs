using CreditLoan.Application.Common;
using CreditLoan.Domain.Billers;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Billers;

/// <summary>The names of the banks that keep some billers, for their answers.</summary>
public static class BillerBanks
{
    public static async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IAppDbContext db, IEnumerable<Biller> billers, CancellationToken ct)
    {
        var ids = billers.Select(b => b.BankId).OfType<Guid>().Distinct().ToList();
        return ids.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Banks.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
    }

    public static string? NameOf(IReadOnlyDictionary<Guid, string> names, Biller b) => b.BankId is { } id ? names.GetValueOrDefault(id) : null;

    public static async Task<BillerResponse> ResponseAsync(IAppDbContext db, Biller b, CancellationToken ct) =>
        BillerResponse.From(b, NameOf(await NamesAsync(db, [b], ct), b));
}
