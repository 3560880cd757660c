using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox");
        b.Property(x => x.Type).HasMaxLength(64);
        b.Property(x => x.Recipient).HasMaxLength(200);
        b.Property(x => x.Payload).HasMaxLength(4000);
        b.Property(x => x.DeduplicationKey).HasMaxLength(200);
        b.HasIndex(x => x.DeduplicationKey).IsUnique();
        b.Property(x => x.LastError).HasMaxLength(1000);
        b.HasIndex(x => new { x.SentAt, x.FailedAt, x.NextAttemptAt });
    }
}
