using CreditLoan.Application.Common.Security;
using Mediator;

namespace CreditLoan.Application.Features.Operations;

/// <summary>What this instance is and does: which instance runs the background jobs (ADR 0007), and when they last ran here.</summary>
public interface IInstanceStatus
{
    Task<InstanceStatusResponse> ReadAsync(CancellationToken ct);
}
