using CreditLoan.Application.Common;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Consents;

/// <summary>When an application closes (rejected, withdrawn, disbursed), the bank's consent to read the credit report runs out 90 days later.</summary>
public sealed class ConsentOnClose(IAppDbContext db) : IDomainEventConsumer
{
    public async Task ConsumeAsync(IReadOnlyList<IDomainEvent> events, CancellationToken ct)
    {
        foreach (var moved in events.OfType<ApplicationMoved>().Where(m => m.MovedTo is not null && m.Application.IsClosed))
        {
            var consent = await db.Consents.FirstOrDefaultAsync(c => c.ApplicationId == moved.Application.Id, ct);
            consent?.ApplicationClosed(moved.At);
        }
    }
}
