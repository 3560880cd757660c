namespace CreditLoan.Domain.Common;

/// <summary>Yuan amounts and annual percentage rates: the one place that knows their precision.</summary>
public static class Money
{
    /// <summary>Largest amount a DECIMAL(18,2) column holds.</summary>
    public const decimal MaxAmount = 9_999_999_999_999_999.99m;

    /// <summary>An amount in fen as yuan, always written with two decimals (70000.00).</summary>
    public static decimal FromFen(long fen)
    {
        var magnitude = (ulong)Math.Abs(fen);
        return new decimal((int)(magnitude & 0xFFFFFFFF), (int)(magnitude >> 32), 0, fen < 0, 2);
    }

    /// <summary>A yuan amount in whole fen (counters and metrics add fen: no floating point near money).</summary>
    public static long ToFen(decimal yuan) => decimal.ToInt64(decimal.Round(yuan * 100m, 0, MidpointRounding.AwayFromZero));

    /// <summary>Rounds to the fen (0.01 yuan), half away from zero.</summary>
    public static decimal RoundToFen(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static bool HasAtMostDecimals(decimal value, int decimals) => value == Math.Round(value, decimals);

    /// <summary>A money value: at most 2 decimals.</summary>
    public static bool IsYuan(decimal value) => HasAtMostDecimals(value, 2);

    /// <summary>An annual rate in percent: at most 4 decimals.</summary>
    public static bool IsRate(decimal value) => HasAtMostDecimals(value, 4);
}
