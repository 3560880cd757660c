using BenchmarkDotNet.Attributes;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;

namespace CreditLoan.Benchmarks;

/// <summary>Schedule generation for a 360-month loan (target &lt; 50 µs).</summary>
[MemoryDiagnoser]
public class ScheduleBenchmarks
{
    private static readonly DateOnly Disbursed = new(2026, 3, 10);

    [Params(RepaymentMethod.EqualInstallment, RepaymentMethod.EqualPrincipal, RepaymentMethod.InterestOnly)]
    public RepaymentMethod Method { get; set; }

    [Benchmark]
    public int Schedule360Months() => RepaymentSchedule.Generate(1_000_000m, 4.9m, 360, Method, Disbursed).Count;
}
