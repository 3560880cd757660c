using CreditLoan.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Infrastructure.Persistence;

/// <summary>The last case number handed out on a China day (table case_numbers).</summary>
public sealed class CaseNumberDay
{
    private CaseNumberDay() { }

    public DateOnly Day { get; private set; }
    public long Last { get; private set; }
}

/// <summary>
/// The day's case numbers (<see cref="ICaseNumbers"/>): one upsert that counts the day's row up, then its read, in the caller's
/// transaction. On MariaDB the upsert locks the row until the commit, so a concurrent lodging waits and takes the next number;
/// on SQLite the write gate lets one writer through at a time.
/// </summary>
internal sealed class CaseNumbers(AppDbContext db) : ICaseNumbers
{
    public async Task<long> NextAsync(DateOnly day, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync(db.Database.IsSqlite()
            ? "INSERT INTO case_numbers (Day, Last) VALUES ({0}, 1) ON CONFLICT (Day) DO UPDATE SET Last = Last + 1"
            : "INSERT INTO case_numbers (Day, Last) VALUES ({0}, 1) ON DUPLICATE KEY UPDATE Last = Last + 1", [day], ct);
        return await db.Database.SqlQuery<long>($"SELECT Last AS Value FROM case_numbers WHERE Day = {day}").SingleAsync(ct);
    }
}
