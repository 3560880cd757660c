using CreditLoan.Application.Common;
using CreditLoan.Domain.Banks;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Banks;

/// <summary>Reads a bank's changes waiting for confirmation, with the proposers' names.</summary>
internal static class PendingSettingChanges
{
    public static async Task<IReadOnlyList<SettingChangeResponse>> OfAsync(IAppDbContext db, Guid bankId, CancellationToken ct)
    {
        var pending = await db.BankSettingChanges.AsNoTracking()
            .Where(c => c.BankId == bankId && c.Status == SettingChangeStatus.PendingConfirmation).ToListAsync(ct);
        return await ShowAsync(db, pending, ct);
    }

    public static async Task<IReadOnlyList<SettingChangeResponse>> ShowAsync(IAppDbContext db, IReadOnlyList<BankSettingChange> changes, CancellationToken ct)
    {
        var ids = changes.SelectMany(c => new[] { c.RequestedBy, c.ConfirmedBy }).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => $"{u.DisplayName}（{u.UserName}）", ct);
        return changes.OrderBy(c => c.RequestedAt).Select(c => SettingChangeResponse.From(c, names)).ToList();
    }
}
