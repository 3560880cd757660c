using CreditLoan.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class SupervisionNoteConfiguration : IEntityTypeConfiguration<SupervisionNote>
{
    public void Configure(EntityTypeBuilder<SupervisionNote> b)
    {
        b.ToTable("supervision_notes");
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Text).HasMaxLength(SupervisionNote.MaxText);
        b.Property(x => x.By).HasMaxLength(200);
        b.HasOne<LoanApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        // an application's notes in its history; the supervision list's count and latest note per application
        b.HasIndex(x => new { x.ApplicationId, x.At });
    }
}
