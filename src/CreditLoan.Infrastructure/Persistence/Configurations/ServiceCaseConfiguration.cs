using CreditLoan.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class ServiceCaseConfiguration : IEntityTypeConfiguration<ServiceCase>
{
    public void Configure(EntityTypeBuilder<ServiceCase> b)
    {
        b.ToTable("cases");
        b.Property(x => x.CaseNo).HasMaxLength(20).IsUnicode(false);
        b.HasIndex(x => x.CaseNo).IsUnique();
        b.Property(x => x.SubjectType).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Description).HasMaxLength(ServiceCase.MaxText);
        b.Property(x => x.LodgedBy).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.OnBehalfOfName).HasMaxLength(ServiceCase.MaxName);
        b.Property(x => x.OnBehalfOfPhone).HasMaxLength(11).IsUnicode(false);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Tier).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Cause).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.AssignedTo).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Answer).HasMaxLength(ServiceCase.MaxText);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CloseReason).HasMaxLength(ServiceCase.MaxText);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.Status, x.DueAt });
        b.HasIndex(x => new { x.AssignedTo, x.AssigneeId, x.Status });
        b.HasIndex(x => new { x.EnterpriseId, x.LodgedAt });
        b.HasIndex(x => new { x.LodgerStationId, x.LodgedAt });
        b.HasIndex(x => new { x.SubjectType, x.SubjectId });
        b.HasMany(x => x.History).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
