using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class StationDayConfiguration : IEntityTypeConfiguration<StationDay>
{
    public void Configure(EntityTypeBuilder<StationDay> b)
    {
        b.ToTable("station_days");
        b.HasKey(x => new { x.StationId, x.BusinessDate }); // a date closes once, whoever else tries at the same moment
        b.Ignore(x => x.Difference);
        b.Property(x => x.ClosedBy).HasMaxLength(200);
    }
}
