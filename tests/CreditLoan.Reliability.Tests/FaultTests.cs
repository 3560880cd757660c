using CreditLoan.Testing.Cluster;
using Xunit.Abstractions;

namespace CreditLoan.Reliability.Tests;

/// <summary>
/// The short version of issue 8's fault test (the long one: <c>tests/CreditLoan.Benchmarks</c> <c>fault</c>, see
/// docs/reliability.md): a real 3-node Galera cluster and two real instances under the mixed load; a node killed, the
/// instance running the jobs killed (SIGKILL), both brought back; then every invariant must hold.
/// </summary>
public sealed class FaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Losing_a_node_and_an_instance_under_load_loses_no_acknowledged_write_and_the_jobs_move_to_the_survivor()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("FAULT_SECONDS"), out var s) ? s : 45;
        var result = await FaultScenario.RunAsync(new FaultOptions(Seconds: seconds, Clients: 8, Enterprises: 20, Accounts: 20), output.WriteLine);
        output.WriteLine(result.Markdown());

        Assert.Empty(result.Violations);
        Assert.True(result.Load.Requests > 500, result.Load.Summary());
        Assert.True(result.Acknowledged > 100, $"only {result.Acknowledged} acknowledged writes: the load did too little to prove anything");
        Assert.NotEqual("nobody", result.JobsRunBy);
        Assert.True(result.JobsTakeoverSeconds < 30, $"the jobs took {result.JobsTakeoverSeconds:F1} s to move");
        Assert.True(result.NoticeRecipients > 0);
        // the load kept working through the failures: most requests succeeded, and the errors stayed near the failures
        var ok = result.Load.Operations.Values.Sum(o => o.Succeeded + o.Refused);
        Assert.True(ok > result.Load.Requests * 0.9, result.Load.Summary());
    }
}
