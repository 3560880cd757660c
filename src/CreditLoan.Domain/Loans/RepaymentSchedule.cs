using System.Globalization;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;

namespace CreditLoan.Domain.Loans;

/// <summary>One instalment of a loan's schedule; amounts in yuan, exact to the fen. A prepayment is a row of its own (principal only, due the day it was paid).</summary>
public sealed record ScheduledPayment(int Period, DateOnly DueDate, decimal Principal, decimal Interest, decimal Payment, decimal Remaining,
    bool IsPrepayment = false);

/// <summary>
/// Repayment schedules of the four methods of product.md §6, exact to the fen, the last period absorbing rounding.
/// Formulas in docs/repayment.md. Monthly rate = annual rate / 12; interest of a period = remaining principal × monthly
/// rate, rounded to the fen (half away from zero); due dates fall on the disbursal day of each following month
/// (the month's last day when it is shorter).
/// </summary>
public static class RepaymentSchedule
{
    public static IReadOnlyList<ScheduledPayment> Generate(decimal principal, decimal annualRatePercent, int termMonths, RepaymentMethod method,
        DateOnly disbursedOn)
    {
        if (principal <= 0 || !Money.IsYuan(principal)) throw new DomainException("principal must be a positive yuan amount.") { Code = "AmountNotYuan" };
        if (annualRatePercent < 0) throw new DomainException("annualRate cannot be negative.") { Code = "RateNegative" };
        if (termMonths is < 1 or > 360) throw new DomainException("termMonths must be between 1 and 360.") { Code = "TermMonthsOutOfRange", Values = ["1", "360"] };
        var i = annualRatePercent / 100m / 12m;
        return method switch
        {
            RepaymentMethod.EqualInstallment => EqualInstallment(principal, i, termMonths, disbursedOn),
            RepaymentMethod.EqualPrincipal => EqualPrincipal(principal, i, termMonths, disbursedOn),
            RepaymentMethod.InterestOnly => InterestOnly(principal, i, termMonths, disbursedOn),
            RepaymentMethod.BulletPayment => Bullet(principal, i, termMonths, disbursedOn),
            _ => throw new DomainException($"Unknown repayment method {method}.") { Code = "RepaymentMethodUnknown", Values = [$"{method}"] },
        };
    }

    /// <summary>
    /// A schedule's fingerprint, stored with the loan (<see cref="Loan.ScheduleDigest"/>): the first 8 bytes, in lower-case hex, of
    /// the SHA-256 of its rows in period order, each <c>period,due,principal,interest,payment,remaining,prepayment</c> (due as
    /// yyyy-MM-dd, amounts with two decimals, prepayment 0 or 1), joined by <c>;</c>. Text as MariaDB prints the columns, so a
    /// database filled by SQL can store it too (<c>LEFT(SHA2(GROUP_CONCAT(… ORDER BY Period SEPARATOR ';'), 256), 16)</c>).
    /// A change to <see cref="Generate"/> needs nothing else: a stored schedule then no longer matches its generation, and its
    /// loan is read whole.
    /// </summary>
    public static string Digest(IEnumerable<ScheduledPayment> schedule)
    {
        // written straight to UTF-8 bytes: an import fingerprints a hundred thousand schedules, and formatting 72 amounts a
        // loan as text took about a second of them
        var rows = schedule.OrderBy(p => p.Period).ToList();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(16 + rows.Count * 128);
        try
        {
            var n = 0;
            foreach (var p in rows)
            {
                if (n > 0) buffer[n++] = (byte)';';
                n += Written(p.Period.TryFormat(buffer.AsSpan(n), out var w, default, CultureInfo.InvariantCulture), w);
                buffer[n++] = (byte)',';
                n += Written(p.DueDate.TryFormat(buffer.AsSpan(n), out w, "yyyy-MM-dd", CultureInfo.InvariantCulture), w);
                foreach (var amount in (ReadOnlySpan<decimal>)[p.Principal, p.Interest, p.Payment, p.Remaining])
                {
                    buffer[n++] = (byte)',';
                    n += WriteYuan(buffer.AsSpan(n), amount);
                }
                buffer[n++] = (byte)',';
                buffer[n++] = p.IsPrepayment ? (byte)'1' : (byte)'0';
            }
            Span<byte> hash = stackalloc byte[32];
            System.Security.Cryptography.SHA256.HashData(buffer.AsSpan(0, n), hash);
            return Convert.ToHexStringLower(hash[..8]);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int Written(bool done, int written) => done ? written : throw new InvalidOperationException("The schedule's row did not fit its buffer.");

    /// <summary>An amount as <c>0.00</c> formats it (rounded half away from zero to the fen), in UTF-8.</summary>
    private static int WriteYuan(Span<byte> to, decimal amount)
    {
        var fen = decimal.ToInt64(decimal.Round(amount * 100m, MidpointRounding.AwayFromZero));
        var n = 0;
        if (fen < 0) to[n++] = (byte)'-';
        var whole = Math.Abs(fen);
        n += Written((whole / 100).TryFormat(to[n..], out var w, default, CultureInfo.InvariantCulture), w);
        to[n++] = (byte)'.';
        to[n++] = (byte)('0' + whole % 100 / 10);
        to[n++] = (byte)('0' + whole % 10);
        return n;
    }

    /// <summary>The level monthly payment of 等额本息: P·i·(1+i)^n / ((1+i)^n − 1), rounded to the fen; P/n when i = 0.</summary>
    public static decimal LevelPayment(decimal principal, decimal monthlyRate, int termMonths)
    {
        if (monthlyRate == 0) return Money.RoundToFen(principal / termMonths);
        var growth = 1m;
        for (var k = 0; k < termMonths; k++) growth *= 1m + monthlyRate;
        return Money.RoundToFen(principal * monthlyRate * growth / (growth - 1m));
    }

    private static List<ScheduledPayment> EqualInstallment(decimal p, decimal i, int n, DateOnly start)
    {
        var rows = EqualInstallment(p, i, n, start, LevelPayment(p, i, n));
        // a level payment rounded up to the fen can, over a long term, repay the loan before its last month (then the
        // months after it would be empty): the payment one fen lower keeps every month equal and the last one absorbs it
        return rows.SkipLast(1).Any(r => r.Remaining == 0) ? EqualInstallment(p, i, n, start, LevelPayment(p, i, n) - 0.01m) : rows;
    }

    private static List<ScheduledPayment> EqualInstallment(decimal p, decimal i, int n, DateOnly start, decimal level)
    {
        var rows = new List<ScheduledPayment>(n);
        var remaining = p;
        for (var k = 1; k <= n; k++)
        {
            var interest = Money.RoundToFen(remaining * i);
            var principal = k == n ? remaining : Math.Min(remaining, level - interest);
            remaining -= principal;
            rows.Add(new ScheduledPayment(k, start.AddMonths(k), principal, interest, principal + interest, remaining));
        }
        return rows;
    }

    private static List<ScheduledPayment> EqualPrincipal(decimal p, decimal i, int n, DateOnly start)
    {
        var share = Money.RoundToFen(p / n);
        var rows = new List<ScheduledPayment>(n);
        var remaining = p;
        for (var k = 1; k <= n; k++)
        {
            var interest = Money.RoundToFen(remaining * i);
            var principal = k == n ? remaining : Math.Min(remaining, share);
            remaining -= principal;
            rows.Add(new ScheduledPayment(k, start.AddMonths(k), principal, interest, principal + interest, remaining));
        }
        return rows;
    }

    private static List<ScheduledPayment> InterestOnly(decimal p, decimal i, int n, DateOnly start)
    {
        var interest = Money.RoundToFen(p * i);
        var rows = new List<ScheduledPayment>(n);
        for (var k = 1; k <= n; k++)
        {
            var principal = k == n ? p : 0m;
            rows.Add(new ScheduledPayment(k, start.AddMonths(k), principal, interest, principal + interest, p - principal));
        }
        return rows;
    }

    /// <summary>到期一次还本付息: simple interest for the whole term, paid with the principal at maturity.</summary>
    private static List<ScheduledPayment> Bullet(decimal p, decimal i, int n, DateOnly start)
    {
        var interest = Money.RoundToFen(p * i * n);
        return [new ScheduledPayment(1, start.AddMonths(n), p, interest, p + interest, 0m)];
    }
}
