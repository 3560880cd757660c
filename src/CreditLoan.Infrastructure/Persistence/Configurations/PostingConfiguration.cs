using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class PostingConfiguration : IEntityTypeConfiguration<Posting>
{
    public void Configure(EntityTypeBuilder<Posting> b)
    {
        b.ToTable("postings");
        b.Ignore(x => x.TotalDebits);
        b.Ignore(x => x.TotalCredits);
        b.HasIndex(x => x.BusinessDate);
        b.OwnsMany(x => x.Entries, e =>
        {
            e.ToTable("ledger_entries");
            e.WithOwner().HasForeignKey(x => x.PostingId);
            e.HasKey(x => new { x.PostingId, x.Line });
            e.Property(x => x.Line).ValueGeneratedNever();
            e.HasIndex(x => x.AccountId);
        });
        b.Navigation(x => x.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
