using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("idempotency_keys");
        b.HasKey(x => new { x.StationId, x.Key }); // the unique index that makes a concurrent retry lose, whatever the code checked
        b.Property(x => x.Key).HasMaxLength(64);
        b.Property(x => x.RequestHash).HasMaxLength(64).IsUnicode(false);
        b.Property(x => x.ResponseJson).HasMaxLength(2000);
        b.Property(x => x.RefusedField).HasMaxLength(40);
    }
}
