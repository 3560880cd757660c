using CreditLoan.Domain.Jobs;
using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class JobPostingConfiguration : IEntityTypeConfiguration<JobPosting>
{
    public void Configure(EntityTypeBuilder<JobPosting> b)
    {
        b.ToTable("jobs");
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.DivisionCode).HasMaxLength(12).IsUnicode(false);
        b.Property(x => x.Salary).HasMaxLength(50);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.ContactPhone).HasMaxLength(11);
        b.HasIndex(x => x.DivisionCode);
    }
}
