using BenchmarkDotNet.Running;
using CreditLoan.Benchmarks;

// dotnet run -c Release --project tests/CreditLoan.Benchmarks -- import sqlite 1000000
// dotnet run -c Release --project tests/CreditLoan.Benchmarks -- import mariadb 1000000 --tax
// dotnet run -c Release --project tests/CreditLoan.Benchmarks -- matching
// dotnet run -c Release --project tests/CreditLoan.Benchmarks -- bdn --filter *Matching*
switch (args.FirstOrDefault())
{
    case "import":
        await ImportBenchmark.RunAsync(args.ElementAtOrDefault(1) ?? "sqlite", int.Parse(args.ElementAtOrDefault(2) ?? "1000000"),
            withTax: args.Contains("--tax"));
        break;
    case "matching":
        MatchingLatency.Run();
        break;
    case "seed-http":
        await HttpSeeder.RunAsync(args[1], args[2], int.Parse(args[3]));
        break;
    case "lifecycle":
        await LifecycleLoad.RunAsync(args[1], args[2], int.Parse(args[3]), int.Parse(args[4]));
        break;
    case "raw-inserts":
        await RawInsertLoop.RunAsync(args[1], int.Parse(args[2]), int.Parse(args[3]));
        break;
    case "ledger-check":
        await LedgerCheck.RunAsync(args[1]);
        break;
    case "seed-station":
        await StationSeeder.RunAsync(args[1], args[2], int.Parse(args[3]));
        break;
    case "mix":
        // dotnet run -c Release --project tests/CreditLoan.Benchmarks -- mix 30 16
        var comparison = await CreditLoan.Testing.Cluster.LoadComparison.RunAsync(int.Parse(args.ElementAtOrDefault(1) ?? "30"),
            int.Parse(args.ElementAtOrDefault(2) ?? "16"), Console.WriteLine);
        Console.WriteLine(CreditLoan.Testing.Cluster.LoadComparison.Markdown(comparison));
        break;
    case "fault":
        // dotnet run -c Release --project tests/CreditLoan.Benchmarks -- fault 120 16
        var fault = await CreditLoan.Testing.Cluster.FaultScenario.RunAsync(new CreditLoan.Testing.Cluster.FaultOptions(
            int.Parse(args.ElementAtOrDefault(1) ?? "120"), int.Parse(args.ElementAtOrDefault(2) ?? "16")), Console.WriteLine);
        Console.WriteLine(fault.Markdown());
        if (fault.Violations.Count > 0)
        {
            Console.Error.WriteLine("VIOLATIONS:\n" + string.Join("\n", fault.Violations));
            return 1;
        }
        break;
    case "bdn":
        BenchmarkSwitcher.FromAssembly(typeof(ImportBenchmark).Assembly).Run(args[1..]);
        break;
    default:
        Console.WriteLine("usage: import <sqlite|mariadb> <rows> [--tax] | matching | bdn [BenchmarkDotNet args]");
        return 1;
}
return 0;
