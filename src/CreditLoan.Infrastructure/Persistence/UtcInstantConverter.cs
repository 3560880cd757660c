using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CreditLoan.Infrastructure.Persistence;

/// <summary>
/// Stores an instant on SQLite as a sortable 64-bit integer of its <b>UTC</b> ticks, so that columns and parameters compare
/// as instants whatever offset a value carries (ADR 0008). EF Core's own <see cref="DateTimeOffsetToBinaryConverter"/>
/// encodes the wall-clock ticks and the offset: a +08:00 parameter compared as if it were eight hours later. The layout
/// is that converter's with offset 0 — (ticks / 1000) &lt;&lt; 11 — so every row written before (all with offset 0) reads
/// back unchanged; a value with any other offset bits is read as the instant it was.
/// </summary>
public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, long>(v => ToStore(v), v => FromStore(v))
{
    public static long ToStore(DateTimeOffset value) => (value.UtcTicks / 1000) << 11;

    public static DateTimeOffset FromStore(long value)
    {
        var local = new DateTime((value >> 11) * 1000);
        var offsetMinutes = (int)((value << 53) >> 53);
        return new DateTimeOffset(local, TimeSpan.FromMinutes(offsetMinutes)).ToUniversalTime();
    }
}
