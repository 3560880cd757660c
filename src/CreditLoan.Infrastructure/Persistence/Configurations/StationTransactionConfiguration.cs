using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class StationTransactionConfiguration : IEntityTypeConfiguration<StationTransaction>
{
    public void Configure(EntityTypeBuilder<StationTransaction> b)
    {
        b.ToTable("station_transactions");
        b.Property(x => x.Type).HasMaxLength(24);
        b.Property(x => x.MaskedAccountNo).HasMaxLength(40);
        b.Property(x => x.BillNo).HasMaxLength(40);
        b.Property(x => x.Payee).HasMaxLength(100);
        b.Property(x => x.Agent).HasMaxLength(200);
        b.Property(x => x.ReceiptNo).HasMaxLength(24).IsUnicode(false);
        b.HasIndex(x => x.ReceiptNo).IsUnique();
        b.HasIndex(x => new { x.StationId, x.BusinessDate });
        b.HasIndex(x => new { x.AccountId, x.BusinessDate });
        b.HasIndex(x => new { x.StationId, x.PostedAt });      // the agent's search by China days (ListStationTransactions)
        // no foreign key to billers: adding one would rebuild this, the counter's largest table, on SQLite; billers are never deleted
        b.Ignore(x => x.IsWithdrawal);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
