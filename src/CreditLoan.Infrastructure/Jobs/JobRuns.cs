using System.Collections.Concurrent;
using CreditLoan.Application.Common;
using CreditLoan.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CreditLoan.Infrastructure.Jobs;

/// <summary>When each background job last ran on this instance, for operators and the fault test.</summary>
public sealed class JobRuns
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, string Outcome)> _runs = new();

    public void Record(string job, DateTimeOffset at, string outcome) => _runs[job] = (at, outcome);

    public IReadOnlyDictionary<string, (DateTimeOffset At, string Outcome)> Snapshot() => new Dictionary<string, (DateTimeOffset, string)>(_runs);
}
